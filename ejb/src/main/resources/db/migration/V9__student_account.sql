-- A student's record is linked to the account they sign in with by the profile of that account, which is keyed by
-- its Keycloak subject (docs/security.md, "Identity"). A username links nothing: it may be renamed or reused.
ALTER TABLE student ADD COLUMN account_id BIGINT UNIQUE REFERENCES user_profile (id);

-- Records linked by username keep their link where that account has signed in: its subject is then known.
-- Other usernames were only a note that nobody had confirmed; the education leader links those records anew.
UPDATE student s SET account_id = p.id
FROM user_profile p
WHERE p.username = s.username AND p.subject IS NOT NULL;

ALTER TABLE student DROP COLUMN username;
