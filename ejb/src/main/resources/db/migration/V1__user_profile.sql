-- The application's database user reads and writes rows; it never owns or alters the schema.
-- Flyway created the schema as the migration user, who therefore owns it and everything in it.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT USAGE, SELECT ON SEQUENCES TO "${app_user}";

-- EclipseLink takes each value as the last of a block of 50, so the first must be at least 50.
CREATE SEQUENCE user_profile_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_profile (
    id            BIGINT       PRIMARY KEY,
    subject       VARCHAR(255) NOT NULL UNIQUE,
    username      VARCHAR(255) NOT NULL,
    display_name  VARCHAR(255) NOT NULL,
    email         VARCHAR(320),
    first_sign_in TIMESTAMPTZ  NOT NULL,
    last_sign_in  TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL
);

COMMENT ON TABLE user_profile IS 'People who have signed in, keyed by their Keycloak subject; roles live in Keycloak only.';
