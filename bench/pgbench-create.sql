-- The transaction one cgsnapshot create performs (CgsnapshotService.create with a one-volume
-- group and no snapshot limit), as pgbench runs it against groups 1..:groups that bench/run.sh
-- inserts by SQL. The project's usage row is updated last, as the service does.
\set g random(1, :groups)
BEGIN;
SELECT id AS gid, availability_zone, created_at, deleted, deleted_at, description, name,
       project_id, status, updated_at, user_id, volume_type_ids
  FROM consistency_group
 WHERE id = '00000000-0000-4000-8000-' || lpad(CAST(:g AS text), 12, '0') FOR UPDATE \gset
SELECT id, availability_zone, consistency_group_id, created_at, deleted, deleted_at, description,
       migration_status, name, project_id, size_gb, status, updated_at, user_id, volume_type_id
  FROM volume WHERE consistency_group_id = :gid AND deleted = false ORDER BY created_at, id;
INSERT INTO cgsnapshot (id, project_id, user_id, consistency_group_id, name, description, status,
                        created_at, updated_at, deleted_at, deleted)
VALUES (CAST(gen_random_uuid() AS varchar), 'pgbench', 'bench', :gid, 'bench-create', 'wrk',
        'creating', localtimestamp, NULL, NULL, false)
RETURNING id AS cgid \gset
INSERT INTO member_snapshot (id, cgsnapshot_id, volume_id, project_id, user_id, name, description,
                             size_gb, status, progress, created_at, updated_at, deleted_at, deleted)
VALUES (CAST(gen_random_uuid() AS varchar), :cgid,
        '00000000-0000-4000-9000-' || lpad(CAST(:g AS text), 12, '0'), 'pgbench', 'bench',
        'bench-create', 'wrk', 1, 'creating', '0%', localtimestamp, NULL, NULL, false);
UPDATE quota_usage SET in_use = in_use + 1 WHERE project_id = 'pgbench' AND resource = 'snapshots';
END;
