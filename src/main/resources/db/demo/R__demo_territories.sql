-- Demo regions and municipalities (the seeds' places). Idempotent: safe to apply again.
INSERT IGNORE INTO region (code, name) VALUES
    ('64', 'Саратовская область'),
    ('23', 'Краснодарский край');
UPDATE region SET time_zone = 'Europe/Saratov' WHERE code = '64';

INSERT IGNORE INTO municipality (region_id, code, name)
SELECT r.id, m.code, m.name
FROM region r
JOIN (SELECT '64' AS region_code, 'atkarsky' AS code, 'Аткарский муниципальный район' AS name
      UNION ALL SELECT '64', 'balashovsky', 'Балашовский муниципальный район'
      UNION ALL SELECT '23', 'abinsky', 'Абинский муниципальный округ'
      UNION ALL SELECT '23', 'krymsky', 'Крымский муниципальный округ') m
  ON m.region_code = r.code;

INSERT IGNORE INTO school (municipality_id, code, name)
SELECT m.id, s.code, s.name
FROM municipality m
JOIN region r ON r.id = m.region_id
JOIN (SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-1' AS code, 'МБОУ «СОШ № 1 г. Аткарска»' AS name
      UNION ALL SELECT '64', 'atkarsky', 'atk-3', 'МБОУ «СОШ № 3 г. Аткарска»'
      UNION ALL SELECT '64', 'balashovsky', 'bal-2', 'МОУ «СОШ № 2 г. Балашова»'
      UNION ALL SELECT '23', 'abinsky', 'abn-4', 'МБОУ СОШ № 4 г. Абинска'
      UNION ALL SELECT '23', 'krymsky', 'krm-5', 'МБОУ СОШ № 5 г. Крымска') s
  ON s.region_code = r.code AND s.municipality_code = m.code;
