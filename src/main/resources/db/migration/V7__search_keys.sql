-- Filters on the article list and the user list match folded text (case, accents and letter forms
-- ignored: "cafe" finds "Café", "muller" finds "Müller") the same way on H2 and PostgreSQL, whatever the
-- database's collation: the folded form is computed in Java (SearchKeys) and kept here, like
-- speaker.search_key. Migrations 7.1 (articles) and 7.2 (users) fill the rows stored before.
ALTER TABLE article ADD COLUMN search_key VARCHAR(8000) DEFAULT '' NOT NULL;
ALTER TABLE app_user ADD COLUMN search_key VARCHAR(2000) DEFAULT '' NOT NULL;
