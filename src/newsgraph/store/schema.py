"""The store's tables. Every row keeps its document id and character offsets.

Events are stored once per distinct event (``events``, keyed by ``event_key``)
and once per report (``event_mentions``), so an event told by ten articles is
one event with ten pieces of evidence, not ten events. Each report keeps what it
said (type, date, participants, place), and the event's fields are derived from
its reports (:mod:`newsgraph.store.clustering`). Documents that are copies or
rewrites of one story share a ``story_id`` (MinHash signatures and LSH bands in
``doc_minhash`` and ``doc_bands``).

Every ingest writes an ``ingest_runs`` row with the versions of what it ran
with (lexicon, ontology, knowledge base, detector, time word lists, model);
documents, events and event mentions carry the ``run_id`` that stored them.

A change to the tables raises ``SCHEMA_VERSION`` and adds the statements that
bring an existing store up to it to ``MIGRATIONS`` (new columns go last, so a
migrated store and a new one have the same columns in the same order). A migration adds a
column only IF NOT EXISTS: a table an older store lacked is created with today's columns
before the migrations run. Each version's migration is its own transaction.
"""

SCHEMA_VERSION = 4

#: statements that take a store from the version before each key to the key
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # 2: ingest_runs (created with the other tables) and the run of each document, event and report
    2: (
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS run_id INTEGER",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS run_id INTEGER",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS run_id INTEGER",
    ),
    # 3: events grouped across reports: what each report said, the event's counts, near-duplicate stories
    3: (
        *(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {c}" for c in (
            "n_reports INTEGER", "n_documents INTEGER", "n_sources INTEGER", "n_stories INTEGER",
            "first_report DATE", "last_report DATE")),
        *(f"ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS {c}" for c in (
            "exact_key VARCHAR", "type VARCHAR", "mode VARCHAR", "cameo VARCHAR", "intensity DOUBLE",
            "date_value VARCHAR", "date_start DATE", "date_end DATE", "date_precision VARCHAR",
            "actor_keys VARCHAR[]", "actor_names VARCHAR[]", "actor_countries VARCHAR[]", "actor_sectors VARCHAR[]",
            "recipient_keys VARCHAR[]", "recipient_names VARCHAR[]", "recipient_countries VARCHAR[]",
            "recipient_sectors VARCHAR[]", "place_name VARCHAR", "geonameid BIGINT", "place_country VARCHAR",
            "lat DOUBLE", "lon DOUBLE", "place_precision VARCHAR", "spans VARCHAR", "participants VARCHAR[]",
            "link_start DATE", "link_end DATE", "linkable BOOLEAN", "actor_tokens VARCHAR[]",
            "recipient_tokens VARCHAR[]")),
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS story_id VARCHAR",
        # a report of an older store said what its event says
        """UPDATE event_mentions AS m SET exact_key = e.event_key, type = e.type, mode = e.mode, cameo = e.cameo,
               intensity = e.intensity, date_value = e.date_value, date_start = e.date_start, date_end = e.date_end,
               date_precision = e.date_precision, actor_keys = e.actor_keys, actor_names = e.actor_names,
               actor_countries = e.actor_countries, actor_sectors = e.actor_sectors, recipient_keys = e.recipient_keys,
               recipient_names = e.recipient_names, recipient_countries = e.recipient_countries,
               recipient_sectors = e.recipient_sectors, place_name = e.place_name, geonameid = e.geonameid,
               place_country = e.place_country, lat = e.lat, lon = e.lon, place_precision = e.place_precision,
               participants = list_distinct(list_concat(coalesce(e.actor_keys, []), coalesce(e.recipient_keys, []))),
               actor_tokens = coalesce(e.actor_keys, []), recipient_tokens = coalesce(e.recipient_keys, [])
           FROM events AS e WHERE e.event_key = m.event_key""",
        # the dates it links by, as newsgraph.clusters.compat.link_interval gives them by default
        """UPDATE event_mentions SET
               link_start = CASE WHEN date_precision = 'publication' THEN date_start - INTERVAL 2 DAY ELSE date_start END,
               link_end = date_end""",
        """UPDATE event_mentions SET linkable = coalesce(link_end - link_start < 32 AND len(participants) > 0, false)""",
        "UPDATE documents SET story_id = doc_id",
        """UPDATE events AS e SET n_reports = c.n, n_documents = c.d, n_sources = c.d, n_stories = c.d
           FROM (SELECT event_key, count(*) AS n, count(DISTINCT doc_id) AS d FROM event_mentions GROUP BY 1) AS c
           WHERE c.event_key = e.event_key""",
    ),
    # 4: the input's own id of each document (an older store's documents had none kept), and the
    # quote a quote is reported inside
    4: (
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_id VARCHAR",
        "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS within VARCHAR",
    ),
}

#: what an event says beyond its type: the columns an event and each of its reports
#: (event_mentions: what that report said) both carry
_REPORTED = """date_value VARCHAR,
            date_start DATE,
            date_end DATE,
            date_precision VARCHAR,
            actor_keys VARCHAR[],
            actor_names VARCHAR[],
            actor_countries VARCHAR[],
            actor_sectors VARCHAR[],
            recipient_keys VARCHAR[],
            recipient_names VARCHAR[],
            recipient_countries VARCHAR[],
            recipient_sectors VARCHAR[],
            place_name VARCHAR,
            geonameid BIGINT,
            place_country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            place_precision VARCHAR,"""

TABLES: dict[str, str] = {
    "schema_version": """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL,
            applied_at TIMESTAMP DEFAULT current_timestamp
        )""",
    "documents": """
        CREATE TABLE IF NOT EXISTS documents (
            doc_id VARCHAR PRIMARY KEY,
            published DATE,
            title VARCHAR,
            url VARCHAR,
            source VARCHAR,
            text VARCHAR NOT NULL,
            n_chars INTEGER,
            warnings VARCHAR[],
            ingested_at TIMESTAMP DEFAULT current_timestamp,
            run_id INTEGER,
            story_id VARCHAR,
            source_id VARCHAR
        )""",
    "sentences": """
        CREATE TABLE IF NOT EXISTS sentences (
            doc_id VARCHAR NOT NULL,
            sent_i INTEGER NOT NULL,
            paragraph INTEGER,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, sent_i)
        )""",
    "actors": """
        CREATE TABLE IF NOT EXISTS actors (
            doc_id VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL,
            actor_key VARCHAR NOT NULL,
            name VARCHAR,
            kind VARCHAR,
            country VARCHAR,
            org VARCHAR,
            sector VARCHAR,
            role VARCHAR,
            kb_id VARCHAR,
            PRIMARY KEY (doc_id, actor_id)
        )""",
    "actor_mentions": """
        CREATE TABLE IF NOT EXISTS actor_mentions (
            doc_id VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR,
            PRIMARY KEY (doc_id, actor_id, start_char, end_char)
        )""",
    "places": """
        CREATE TABLE IF NOT EXISTS places (
            doc_id VARCHAR NOT NULL,
            place_id VARCHAR NOT NULL,
            name VARCHAR,
            geonameid BIGINT,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            precision VARCHAR,
            feature_class VARCHAR,
            PRIMARY KEY (doc_id, place_id)
        )""",
    "place_mentions": """
        CREATE TABLE IF NOT EXISTS place_mentions (
            doc_id VARCHAR NOT NULL,
            place_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR,
            PRIMARY KEY (doc_id, place_id, start_char, end_char)
        )""",
    "timexes": """
        CREATE TABLE IF NOT EXISTS timexes (
            doc_id VARCHAR NOT NULL,
            timex_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR,
            type VARCHAR,
            value VARCHAR,
            interval_start DATE,
            interval_end DATE,
            precision VARCHAR,
            mod VARCHAR,
            PRIMARY KEY (doc_id, timex_id)
        )""",
    "events": f"""
        CREATE TABLE IF NOT EXISTS events (
            event_key VARCHAR PRIMARY KEY,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            aux VARCHAR,
            cameo VARCHAR,
            intensity DOUBLE,
            {_REPORTED}
            first_doc_id VARCHAR NOT NULL,
            run_id INTEGER,
            n_reports INTEGER,
            n_documents INTEGER,
            n_sources INTEGER,
            n_stories INTEGER,
            first_report DATE,
            last_report DATE
        )""",
    "event_mentions": f"""
        CREATE TABLE IF NOT EXISTS event_mentions (
            event_key VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            aux VARCHAR,
            confidence DOUBLE,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            size VARCHAR,
            run_id INTEGER,
            exact_key VARCHAR,
            type VARCHAR,
            mode VARCHAR,
            cameo VARCHAR,
            intensity DOUBLE,
            {_REPORTED}
            spans VARCHAR,
            participants VARCHAR[],
            link_start DATE,
            link_end DATE,
            linkable BOOLEAN,
            actor_tokens VARCHAR[],
            recipient_tokens VARCHAR[],
            PRIMARY KEY (doc_id, event_id)
        )""",
    "doc_minhash": """
        CREATE TABLE IF NOT EXISTS doc_minhash (
            doc_id VARCHAR PRIMARY KEY,
            signature BLOB NOT NULL
        )""",
    "doc_bands": """
        CREATE TABLE IF NOT EXISTS doc_bands (
            band_hash BIGINT NOT NULL,
            doc_id VARCHAR NOT NULL
        )""",
    "quotes": """
        CREATE TABLE IF NOT EXISTS quotes (
            doc_id VARCHAR NOT NULL,
            quote_id VARCHAR NOT NULL,
            speaker_actor_id VARCHAR,
            speaker_text VARCHAR,
            direct BOOLEAN,
            cue_start INTEGER,
            cue_end INTEGER,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            content VARCHAR,
            date_value VARCHAR,
            continues VARCHAR,
            within VARCHAR,
            PRIMARY KEY (doc_id, quote_id)
        )""",
    "claims": """
        CREATE TABLE IF NOT EXISTS claims (
            doc_id VARCHAR NOT NULL,
            claim_id VARCHAR NOT NULL,
            value DOUBLE,
            value_max DOUBLE,
            bound VARCHAR,
            unit VARCHAR,
            source_actor_id VARCHAR,
            place_id VARCHAR,
            date_value VARCHAR,
            date_precision VARCHAR,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, claim_id)
        )""",
    "ingest_errors": """
        CREATE TABLE IF NOT EXISTS ingest_errors (
            doc_id VARCHAR NOT NULL,
            source VARCHAR,
            reason VARCHAR NOT NULL,
            logged_at TIMESTAMP DEFAULT current_timestamp,
            PRIMARY KEY (doc_id, reason)
        )""",
    "ingest_runs": """
        CREATE TABLE IF NOT EXISTS ingest_runs (
            run_id INTEGER PRIMARY KEY,
            started_at TIMESTAMP DEFAULT current_timestamp,
            finished_at TIMESTAMP,
            newsgraph_version VARCHAR,
            lexicon_version VARCHAR,
            ontology_version VARCHAR,
            kb_version VARCHAR,
            kb_phoenix_version VARCHAR,
            kb_imported VARCHAR,
            detector_version VARCHAR,
            timex_version VARCHAR,
            model_name VARCHAR,
            model_version VARCHAR,
            spacy_version VARCHAR,
            data_versions VARCHAR,
            config VARCHAR,
            docs_read INTEGER,
            docs_stored INTEGER,
            docs_skipped INTEGER,
            docs_failed INTEGER
        )""",
}

#: the columns of ``ingest_runs`` that say what a run ran with (see newsgraph.versions)
RUN_VERSION_COLUMNS = (
    "newsgraph_version", "lexicon_version", "ontology_version", "kb_version", "kb_phoenix_version",
    "kb_imported", "detector_version", "timex_version", "model_name", "model_version", "spacy_version",
    "data_versions", "config",
)

#: tables that ``stats`` counts, in display order
COUNTED = (
    "documents", "sentences", "actors", "actor_mentions", "places", "place_mentions",
    "timexes", "events", "event_mentions", "quotes", "claims", "ingest_errors",
)
