"""The local cache's tables: what one company sees, as the server projected it, plus the outbox.

`enquiries.server_json` is the server's projection; `enquiries.json` is what the user sees: the
server's state with this client's still-pending commands decided on top. The flat columns are
copies of `json` that lists sort and filter on in SQL.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False))

enquiries = Table(
    "enquiries",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("number", String, nullable=False, default=""),
    Column("status", String, nullable=False),
    Column("anonymised", Integer, nullable=False, default=0),
    Column("offered_to_us", Integer, nullable=False, default=0),
    Column("owner_company_id", String),
    Column("holder_id", String),
    Column("assigned_by", String),
    Column("colleague_id", String),
    Column("type", String, nullable=False, default=""),
    Column("product_interest", String, nullable=False, default=""),
    Column("channel", String, nullable=False, default=""),
    Column("received_at", String, nullable=False),
    Column("deadline", String),
    Column("contact_name", String, nullable=False, default=""),
    Column("email", String, nullable=False, default=""),
    Column("phone", String, nullable=False, default=""),
    Column("postcode", String, nullable=False, default=""),
    Column("city", String, nullable=False, default=""),
    Column("country", String, nullable=False, default=""),
    Column("changed_fields", String, nullable=False, default=""),
    Column("pending", Integer, nullable=False, default=0),
    Column("updated_at", String),
    Column("server_json", Text),
    Column("json", Text, nullable=False),
    Index("ix_enquiries_received", "received_at"),
    Index("ix_enquiries_status", "status", "received_at"),
    Index("ix_enquiries_holder", "holder_id", "received_at"),
    Index("ix_enquiries_offered", "offered_to_us", "deadline"),
    Index("ix_enquiries_postcode", "postcode"),
    Index("ix_enquiries_name", "contact_name"),
    Index("ix_enquiries_deadline", "deadline"),
    Index("ix_enquiries_number", "number"),
    Index("ix_enquiries_city", "city"),
    Index("ix_enquiries_type", "type"),
    Index("ix_enquiries_product", "product_interest"),
    Index("ix_enquiries_channel", "channel"),
    Index("ix_enquiries_changed", "changed_fields"),
    Index("ix_enquiries_colleague", "colleague_id"),
    Index("ix_enquiries_holder_only", "holder_id"),
)


def _journal_keys() -> tuple[Column[str], Column[str]]:
    return Column("id", String, primary_key=True), Column("enquiry_id", String, nullable=False, index=True)


notes = Table(
    "notes",
    metadata,
    *_journal_keys(),
    Column("author_id", String),
    Column("company_id", String),
    Column("at", String, nullable=False),
    Column("text", Text, nullable=False),
)
documents = Table(
    "documents",
    metadata,
    *_journal_keys(),
    Column("author_id", String),
    Column("company_id", String),
    Column("at", String, nullable=False),
    Column("filename", String, nullable=False),
    Column("content_type", String),
    Column("size", Integer),
    Column("sha256", String),
    Column("local_path", Text),
)
tasks = Table(
    "tasks",
    metadata,
    *_journal_keys(),
    Column("author_id", String),
    Column("company_id", String),
    Column("at", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("due_at", String),
    Column("assignee_id", String),
)
history = Table(
    "history",
    metadata,
    Column("enquiry_id", String, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("at", String, nullable=False),
    Column("actor_id", String),
    Column("company_id", String),
    Column("event", String, nullable=False),
    Column("detail", Text, nullable=False, default=""),
)
external_steps = Table(
    "external_steps",
    metadata,
    Column("enquiry_id", String, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("kind", String, nullable=False),
    Column("date", String, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("recorded_by", String),
    Column("at", String),
)
contacts = Table(
    "contacts",
    metadata,
    Column("id", String, primary_key=True),
    Column("company_id", String),
    Column("first_name", String),
    Column("last_name", String),
    Column("email", String),
    Column("phone", String),
    Column("street", String),
    Column("postcode", String),
    Column("city", String),
    Column("country", String),
    Column("updated_at", String),
)
people = Table(
    "people",
    metadata,
    Column("id", String, primary_key=True),
    Column("company_id", String, nullable=False),
    Column("display_name", String, nullable=False),
    Column("active", Integer, nullable=False),
    Column("login", String),
    Column("roles", String),
)
companies = Table(
    "companies",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String),
    Column("subdivision", String),
    Column("timezone", String),
    Column("active", Integer, nullable=False),
)
notifications = Table(
    "notifications",
    metadata,
    Column("id", String, primary_key=True),
    Column("person_id", String),
    Column("kind", String, nullable=False),
    Column("enquiry_id", String),
    Column("actor_id", String),
    Column("at", String, nullable=False),
    Column("read", Integer, nullable=False, default=0),
    Column("in_app", Integer, nullable=False, server_default="1"),  # the server's channels for it
    Column("desktop", Integer, nullable=False, server_default="1"),
    Column("enquiry_number", String),
    Column("actor_name", String),
)
preferences = Table(  # the person's notification preferences, as the server sends them
    "preferences",
    metadata,
    Column("id", String, primary_key=True),
    Column("data", Text, nullable=False),
)
refusals = Table(
    "refusals",
    metadata,
    Column("mutation_id", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("enquiry_id", String),
    Column("code", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("params", Text, nullable=False, default="{}"),
    Column("at", String, nullable=False),
    Column("seen", Integer, nullable=False, default=0),
)
outbox = Table(
    "outbox",
    metadata,
    Column("mutation_id", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("args", Text, nullable=False),
    Column("target_id", String, nullable=False, index=True),  # the enquiry or survey contact
    Column("created_at", String, nullable=False),
)

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS enquiries_fts USING fts5("
    "number, contact, place, product, notes, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
)

# --- call-centre surveys ----------------------------------------------------------------------------
surveys = Table(
    "surveys",
    metadata,
    Column("id", String, primary_key=True),
    Column("company_id", String),
    Column("name", String, nullable=False),
    Column("json", Text, nullable=False),
)
# Sort columns hold '' rather than NULL (keyset paging compares `(column, rowid)` row values); the
# explicit `rowid` keeps the search index's rowids stable when a migration rebuilds the table.
survey_contacts = Table(
    "survey_contacts",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("survey_id", String, nullable=False),
    Column("person_name", String, nullable=False),
    Column("agent_id", String, nullable=False, default=""),
    Column("done", Integer, nullable=False, default=0),
    Column("rating", String, nullable=False, default=""),
    Column("contact_made", Integer, nullable=False, default=0),
    Column("follow_up_at", String, nullable=False, default=""),
    Column("follow_up_agent_id", String),
    Column("appointment_day", String, nullable=False, default=""),
    Column("updated_at", String, nullable=False, default=""),
    Column("pending", Integer, nullable=False, default=0),
    Column("server_json", Text),
    Column("json", Text, nullable=False),
    # One index per sort order of the contact list, (survey_id, column) then rowid ...
    Index("ix_survey_contacts_list", "survey_id", "person_name"),
    Index("ix_survey_contacts_status", "survey_id", "done"),
    Index("ix_survey_contacts_rating", "survey_id", "rating"),
    Index("ix_survey_contacts_follow", "survey_id", "follow_up_at"),
    Index("ix_survey_contacts_agent_only", "survey_id", "agent_id"),
    Index("ix_survey_contacts_appointment", "survey_id", "appointment_day"),
    Index("ix_survey_contacts_updated", "survey_id", "updated_at"),
    # ... and for the filters and the agent's own follow-ups.
    Index("ix_survey_contacts_agent", "survey_id", "agent_id", "follow_up_at"),
    Index("ix_survey_contacts_done", "survey_id", "done", "follow_up_at"),
)
# Contact names, trigram-indexed for substring search (the manager's own company data). External
# content: the text lives only in survey_contacts; the triggers keep the index in step with every
# write, delete and reset of survey_contacts.
SURVEY_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS survey_contacts_fts USING fts5("
    "person_name, content='survey_contacts', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_insert AFTER INSERT ON survey_contacts BEGIN "
    "INSERT INTO survey_contacts_fts (rowid, person_name) VALUES (new.rowid, new.person_name); END",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_delete AFTER DELETE ON survey_contacts BEGIN "
    "INSERT INTO survey_contacts_fts (survey_contacts_fts, rowid, person_name) "
    "VALUES ('delete', old.rowid, old.person_name); END",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_update AFTER UPDATE OF person_name ON survey_contacts "
    "WHEN old.person_name IS NOT new.person_name BEGIN "
    "INSERT INTO survey_contacts_fts (survey_contacts_fts, rowid, person_name) "
    "VALUES ('delete', old.rowid, old.person_name); "
    "INSERT INTO survey_contacts_fts (rowid, person_name) VALUES (new.rowid, new.person_name); END",
)
contact_history = Table(
    "contact_history",
    metadata,
    Column("id", String, primary_key=True),
    Column("contact_id", String, nullable=False, index=True),
    Column("survey_id", String),
    Column("at", String, nullable=False),
    Column("author_id", String),
    Column("text", Text, nullable=False, default=""),
    Column("rating", String),
)
