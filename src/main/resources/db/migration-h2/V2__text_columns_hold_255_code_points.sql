-- H2 measures VARCHAR in UTF-16 units, PostgreSQL and MariaDB in characters: a 255-character
-- name of emoji needs 510 units. Names are still checked for 255 characters before they are stored.
ALTER TABLE volume_type ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE volume_type ALTER COLUMN description SET DATA TYPE VARCHAR(510);
ALTER TABLE consistency_group ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE consistency_group ALTER COLUMN description SET DATA TYPE VARCHAR(510);
ALTER TABLE consistency_group ALTER COLUMN availability_zone SET DATA TYPE VARCHAR(510);
ALTER TABLE volume ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE volume ALTER COLUMN description SET DATA TYPE VARCHAR(510);
ALTER TABLE volume ALTER COLUMN availability_zone SET DATA TYPE VARCHAR(510);
ALTER TABLE cgsnapshot ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE cgsnapshot ALTER COLUMN description SET DATA TYPE VARCHAR(510);
ALTER TABLE member_snapshot ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE member_snapshot ALTER COLUMN description SET DATA TYPE VARCHAR(510);
