-- Extensions used for Vietnamese diacritic-insensitive search (catalogue, dossiers, audit search).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it. Đ/đ are not decomposed by
-- unaccent's default rules in every version, so they are mapped explicitly.
CREATE OR REPLACE FUNCTION public.motcua_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'Đđ', 'Dd'))) $$;
