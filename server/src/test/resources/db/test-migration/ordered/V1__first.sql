CREATE TABLE log (step INTEGER NOT NULL, note TEXT NOT NULL);
INSERT INTO log (step, note) VALUES (1, 'first; with a semicolon inside');
