-- Sign-in accounts, owned by shared.security.AccountStore. Seeded from configuration (newstrends.security.users) when
-- an account of that name does not exist yet; afterwards administrators manage them on the dashboard or with the
-- 'accounts' command. Passwords are stored only as Spring Security encoded hashes ({bcrypt}...), never in plain text.
-- Portable between H2 2.x and PostgreSQL 15+.
CREATE TABLE user_account (
    username         VARCHAR(64)   PRIMARY KEY,
    password_hash    VARCHAR(500)  NOT NULL,
    role             VARCHAR(16)   NOT NULL,        -- EDITOR, ADMIN, SCIENTIST (shared.security.Roles)
    enabled          BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,        -- account name, 'configuration', 'setup' or 'command'
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
