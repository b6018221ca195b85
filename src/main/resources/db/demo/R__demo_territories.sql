-- Demo regions and municipalities (the seeds' places). Idempotent: safe to apply again.
INSERT IGNORE INTO region (code, name) VALUES
    ('64', 'Саратовская область'),
    ('23', 'Краснодарский край');

INSERT IGNORE INTO municipality (region_id, code, name)
SELECT r.id, m.code, m.name
FROM region r
JOIN (SELECT '64' AS region_code, 'atkarsky' AS code, 'Аткарский муниципальный район' AS name
      UNION ALL SELECT '64', 'balashovsky', 'Балашовский муниципальный район'
      UNION ALL SELECT '23', 'abinsky', 'Абинский муниципальный округ'
      UNION ALL SELECT '23', 'krymsky', 'Крымский муниципальный округ') m
  ON m.region_code = r.code;
