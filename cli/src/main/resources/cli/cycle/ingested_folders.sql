-- The inbox folders a cycle has ingested (each is ingested once).
SELECT DISTINCT folder FROM audit.cycle_folders WHERE outcome = 'ingested' ORDER BY folder
