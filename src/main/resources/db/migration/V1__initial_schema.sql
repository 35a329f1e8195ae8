-- Keys are UUIDs made by the application; times are UTC with microseconds (${timestamp}).
-- Rows are soft-deleted (deleted = true, deleted_at set) and kept as history.

CREATE TABLE volume_type (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    description VARCHAR(255),
    is_public   BOOLEAN      NOT NULL,
    created_at  ${timestamp} NOT NULL,
    updated_at  ${timestamp},
    deleted_at  ${timestamp},
    deleted     BOOLEAN      NOT NULL
);
CREATE INDEX volume_type_name ON volume_type (name, deleted);

INSERT INTO volume_type (id, name, description, is_public, created_at, deleted)
VALUES ('c3b6f0f1-0c3e-4d0a-9a55-2f8e7e1d5b10', '__DEFAULT__', 'Default Volume Type', TRUE,
        CURRENT_TIMESTAMP, FALSE);

CREATE TABLE consistency_group (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    project_id        VARCHAR(255)  NOT NULL,
    user_id           VARCHAR(255)  NOT NULL,
    name              VARCHAR(255),
    description       VARCHAR(255),
    availability_zone VARCHAR(255)  NOT NULL,
    volume_type_ids   VARCHAR(2048) NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    created_at        ${timestamp}  NOT NULL,
    updated_at        ${timestamp},
    deleted_at        ${timestamp},
    deleted           BOOLEAN       NOT NULL
);
CREATE INDEX consistency_group_list ON consistency_group (project_id, deleted, created_at, id);

CREATE TABLE volume (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    project_id           VARCHAR(255) NOT NULL,
    user_id              VARCHAR(255) NOT NULL,
    name                 VARCHAR(255),
    description          VARCHAR(255),
    size_gb              INTEGER      NOT NULL,
    volume_type_id       VARCHAR(36)  NOT NULL REFERENCES volume_type (id),
    availability_zone    VARCHAR(255) NOT NULL,
    status               VARCHAR(32)  NOT NULL,
    migration_status     VARCHAR(32),
    consistency_group_id VARCHAR(36)  REFERENCES consistency_group (id),
    created_at           ${timestamp} NOT NULL,
    updated_at           ${timestamp},
    deleted_at           ${timestamp},
    deleted              BOOLEAN      NOT NULL
);
CREATE INDEX volume_list ON volume (project_id, deleted, created_at, id);
CREATE INDEX volume_group ON volume (consistency_group_id, deleted);

CREATE TABLE cgsnapshot (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    project_id           VARCHAR(255) NOT NULL,
    user_id              VARCHAR(255) NOT NULL,
    consistency_group_id VARCHAR(36)  NOT NULL REFERENCES consistency_group (id),
    name                 VARCHAR(255),
    description          VARCHAR(255),
    status               VARCHAR(32)  NOT NULL,
    created_at           ${timestamp} NOT NULL,
    updated_at           ${timestamp},
    deleted_at           ${timestamp},
    deleted              BOOLEAN      NOT NULL
);
CREATE INDEX cgsnapshot_list ON cgsnapshot (project_id, deleted, created_at, id);
CREATE INDEX cgsnapshot_group ON cgsnapshot (consistency_group_id, deleted);
CREATE INDEX cgsnapshot_status ON cgsnapshot (status);

CREATE TABLE member_snapshot (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    cgsnapshot_id VARCHAR(36)  NOT NULL REFERENCES cgsnapshot (id),
    volume_id     VARCHAR(36)  NOT NULL REFERENCES volume (id),
    project_id    VARCHAR(255) NOT NULL,
    user_id       VARCHAR(255) NOT NULL,
    name          VARCHAR(255),
    description   VARCHAR(255),
    size_gb       INTEGER      NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    progress      VARCHAR(8)   NOT NULL,
    created_at    ${timestamp} NOT NULL,
    updated_at    ${timestamp},
    deleted_at    ${timestamp},
    deleted       BOOLEAN      NOT NULL
);
CREATE INDEX member_snapshot_cgsnapshot ON member_snapshot (cgsnapshot_id);
CREATE INDEX member_snapshot_volume ON member_snapshot (volume_id, deleted);

CREATE TABLE quota_usage (
    project_id VARCHAR(255) NOT NULL,
    resource   VARCHAR(64)  NOT NULL,
    in_use     INTEGER      NOT NULL,
    PRIMARY KEY (project_id, resource)
);
