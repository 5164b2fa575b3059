INSERT INTO log (step, note) VALUES (10, 'third');
