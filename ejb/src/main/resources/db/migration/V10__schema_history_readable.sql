-- Migrations run as their own step, as the schema owner, before the application is deployed (README). The running
-- application connects only as the application's user and checks that the schema is at its migrations' version:
-- it reads their history, and may change nothing in it.
GRANT SELECT ON flyway_schema_history TO "${app_user}";
