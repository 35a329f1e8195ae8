#!/usr/bin/env bash
# Starts the local PostgreSQL and MariaDB servers if they are down, waits until they accept
# connections, and (re)creates the empty integration-test databases on both, each owned by a
# user of the same name whose password is also that name. (The server's connection pools refuse
# an empty password, so the passwordless administrators cannot be used.)
#   .ci/databases.sh [DB_NAME]      (default cgsnap_it)
set -euo pipefail

DB_NAME=${1:-cgsnap_it}
case "$DB_NAME" in
  cgsnap_*) ;;
  *) echo "database names must start with cgsnap_" >&2; exit 2 ;;
esac

pg_up() {
  pg_isready -q -h 127.0.0.1 -p 5432
}

mariadb_up() {
  mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root status >/dev/null 2>&1
}

wait_for() {
  local what=$1
  shift
  for _ in $(seq 1 60); do
    if "$@"; then
      return 0
    fi
    sleep 1
  done
  echo "$what does not accept connections after 60 s" >&2
  return 1
}

if ! pg_up; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
wait_for PostgreSQL pg_up

if ! mariadb_up; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
wait_for MariaDB mariadb_up

psql -X -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
SELECT 'CREATE ROLE $DB_NAME LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_NAME')
\\gexec
ALTER ROLE $DB_NAME PASSWORD '$DB_NAME';
CREATE DATABASE $DB_NAME OWNER $DB_NAME;
SQL
mariadb --protocol=tcp -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$DB_NAME'@'localhost' IDENTIFIED BY '$DB_NAME';
CREATE USER IF NOT EXISTS '$DB_NAME'@'127.0.0.1' IDENTIFIED BY '$DB_NAME';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_NAME'@'localhost', '$DB_NAME'@'127.0.0.1';
SQL
echo "databases ready: $DB_NAME on PostgreSQL and MariaDB"
