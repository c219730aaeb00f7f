-- The application's database user reads and writes rows; it never owns or alters the schema.
GRANT USAGE ON SCHEMA public TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${app_user}";

CREATE SEQUENCE user_profile_seq INCREMENT BY 50;

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
