-- Every region keeps the time zone its people read times in (Moscow time unless it is another).
ALTER TABLE region ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/Moscow';

UPDATE region SET time_zone = 'Europe/Saratov' WHERE code = '64';
UPDATE region SET time_zone = 'Europe/Moscow' WHERE code = '23';
