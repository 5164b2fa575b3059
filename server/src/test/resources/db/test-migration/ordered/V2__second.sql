-- Needs the table V1 created.
INSERT INTO log (step, note)
VALUES (2, 'second');
