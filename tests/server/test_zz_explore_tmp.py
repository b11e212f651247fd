import json
from tests.server.helpers import World, TestClient
from tests.server.sync_helpers import Device, CONTACT, new_id

def test_explore(client: TestClient, world: World, db_url) -> None:
    if "postgres" in db_url:
        return
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    eid = new_id()
    print(anna.push("create_enquiry", enquiry_id=eid, **CONTACT))
    print(anna.push("offer_to_partner", enquiry_id=eid, company_id=world.mueller.id))
    print(max_.push("add_note", enquiry_id=eid, note_id="n1", text="x"))
    p = max_.pull()
    print(json.dumps(p["changes"], indent=1)[:3000])
    print(p["results"])
    print(anna.pull()["text"][:3000])
    assert False
