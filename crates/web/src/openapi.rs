//! The OpenAPI 3.1 description of `/api/v1/`, written next to the handlers it describes and
//! snapshot-tested (`openapi.json` at the crate root) so the contract cannot drift unnoticed.

use serde_json::{Value, json};

fn problem_ref() -> Value {
    json!({ "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Problem" } } } })
}

fn ok(schema: &str, description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

fn reference_param() -> Value {
    json!({ "name": "reference", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Z]{2,3}-[0-9]{2}-[0-9A-Z]{8}$" }, "description": "Public case reference, e.g. AH-26-7K3M9QX4" })
}

/// The document.
pub fn document() -> Value {
    let mut doc = base();
    partner_extras(&mut doc);
    person_paths(&mut doc);
    // Every refusal of a malformed request (a body that is not JSON, a media type the call
    // does not take, a parameter that does not parse) is a problem body too.
    if let Some(paths) = doc["paths"].as_object_mut() {
        for operations in paths.values_mut() {
            for op in operations.as_object_mut().into_iter().flat_map(|o| o.values_mut()) {
                if let Some(responses) = op["responses"].as_object_mut() {
                    responses.entry("4XX").or_insert_with(problem_ref);
                }
            }
        }
    }
    doc
}

fn base() -> Value {
    let names = json!({ "type": "object", "required": ["ar", "fr", "en"], "properties": { "ar": { "type": "string" }, "fr": { "type": "string" }, "en": { "type": "string" } } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Nafida API",
            "version": "1",
            "description": "The single window of Moroccans living abroad. The catalogue is public. /cases and /opinions are for partner systems of one administration, with a bearer token (nafida admin create-api-token). /me is a person's own cases, with a personal token they create on their account page (Apps and access tokens). Errors carry a stable machine code; invalid input lists every field at fault, with a code and, for /me, a message in the language of Accept-Language."
        },
        "servers": [{ "url": "/api/v1" }],
        "components": {
            "securitySchemes": {
                "token": { "type": "http", "scheme": "bearer", "description": "A token scoped to one administration" },
                "personal": { "type": "http", "scheme": "bearer", "description": "A person's own token (nfp_…), scoped to their own cases" }
            },
            "schemas": {
                "Names": names,
                "Problem": {
                    "type": "object", "required": ["status", "code"],
                    "properties": {
                        "status": { "type": "integer" },
                        "code": { "type": "string", "enum": ["not-found", "unauthenticated", "forbidden", "rate-limited", "payload-too-large", "conflict", "unavailable", "internal", "invalid", "malformed-body", "transition-not-allowed", "case-changed", "opinion-given", "not-extendable", "only-supervisors-assign", "files-unavailable"] },
                        "message": { "type": "string", "description": "The refusal in the language of Accept-Language" },
                        "errors": { "type": "array", "items": { "type": "object", "required": ["field", "code"], "properties": { "field": { "type": "string" }, "code": { "type": "string" }, "message": { "type": "string" } } } }
                    }
                },
                "Procedure": {
                    "type": "object",
                    "required": ["id", "version", "theme", "title", "summary", "responsible", "applicants", "fee_mad", "deadline", "silence", "documents", "fields"],
                    "properties": {
                        "id": { "type": "string" }, "version": { "type": "integer" }, "theme": { "type": "string" },
                        "title": { "$ref": "#/components/schemas/Names" }, "summary": { "$ref": "#/components/schemas/Names" },
                        "responsible": { "type": "string" }, "applicants": { "type": "array", "items": { "type": "string" } },
                        "fee_mad": { "type": "integer" },
                        "deadline": { "type": "object", "required": ["days", "count"], "properties": { "days": { "type": "integer" }, "count": { "type": "string", "enum": ["working", "calendar"] } } },
                        "silence": { "type": "string", "enum": ["none", "tacit-approval"] },
                        "documents": { "type": "array", "items": { "type": "object", "required": ["id", "required", "label"], "properties": { "id": { "type": "string" }, "required": { "type": "boolean" }, "label": { "$ref": "#/components/schemas/Names" } } } },
                        "fields": { "type": "array", "items": { "type": "object", "required": ["name", "kind", "required", "label"], "properties": { "name": { "type": "string" }, "kind": { "type": "string" }, "required": { "type": "boolean" }, "label": { "$ref": "#/components/schemas/Names" } } } }
                    }
                },
                "ProcedureList": { "type": "object", "required": ["procedures"], "properties": { "procedures": { "type": "array", "items": { "$ref": "#/components/schemas/Procedure" } } } },
                "Case": {
                    "type": "object",
                    "required": ["reference", "procedure", "administration", "status", "phase", "flags", "filed_at", "due_date", "assigned"],
                    "properties": {
                        "reference": { "type": "string" },
                        "procedure": { "type": "object", "required": ["id", "version"], "properties": { "id": { "type": "string" }, "version": { "type": "integer" } } },
                        "administration": { "type": "string" },
                        "status": { "type": "string" },
                        "phase": { "type": "string", "enum": ["received", "in-progress", "waiting-for-you", "approved", "rejected", "withdrawn", "closed"] },
                        "flags": { "type": "array", "items": { "type": "string" } },
                        "filed_at": { "type": "integer", "description": "Milliseconds since 1970, UTC" },
                        "due_date": { "type": "string", "format": "date" },
                        "assigned": { "type": "boolean" },
                        "form": { "type": "object" },
                        "events": { "type": "array", "items": { "type": "object" } },
                        "actions": { "type": "array", "items": { "type": "object", "required": ["action", "to", "needs_motivation"], "properties": { "action": { "type": "string" }, "to": { "type": "string" }, "needs_motivation": { "type": "boolean" } } } }
                    }
                },
                "CaseList": { "type": "object", "required": ["cases", "next"], "properties": { "cases": { "type": "array", "items": { "$ref": "#/components/schemas/Case" } }, "next": { "type": ["string", "null"], "description": "Cursor for the next page (after=)" } } },
                "Transition": {
                    "type": "object", "required": ["action"], "additionalProperties": false,
                    "properties": {
                        "action": { "type": "string" }, "motivation": { "type": "string" },
                        "documents": { "type": "array", "items": { "type": "string" }, "description": "Documents of the procedure's list to request" },
                        "other_document": { "type": "string", "description": "A document outside the list (law 55-19): sent to the person as a message with other_reason, the clock not stopped; listed documents stop it once per case" },
                        "other_reason": { "type": "string" }
                    }
                },
                "Message": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 4000 } } }
            }
        },
        "paths": {
            "/procedures": { "get": {
                "summary": "The procedure catalogue, or a search in it", "operationId": "listProcedures",
                "parameters": [
                    { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words in Arabic, French or English (diacritics, accents and Arabic letter variants folded)" },
                    { "name": "theme", "in": "query", "schema": { "type": "string" } },
                    { "name": "administration_kind", "in": "query", "schema": { "type": "string" } }
                ],
                "responses": { "200": ok("ProcedureList", "The procedures found") }
            } },
            "/procedures/{id}": { "get": {
                "summary": "One procedure", "operationId": "showProcedure",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Procedure", "The procedure"), "404": problem_ref() }
            } },
            "/cases": { "get": {
                "summary": "The administration's cases, most urgent first", "operationId": "listCases", "security": [{ "token": [] }],
                "parameters": [
                    { "name": "after", "in": "query", "schema": { "type": "string" } },
                    { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 200 } },
                    { "name": "all", "in": "query", "schema": { "type": "boolean" }, "description": "Include closed cases" },
                    { "name": "status", "in": "query", "schema": { "type": "string" }, "description": "A workflow status" },
                    { "name": "flag", "in": "query", "schema": { "type": "string", "enum": ["overdue", "due-soon", "escalated", "fast-lane", "possible-duplicate"] } }
                ],
                "responses": { "200": ok("CaseList", "A page of cases"), "401": problem_ref(), "422": problem_ref() }
            } },
            "/cases/{reference}": { "get": {
                "summary": "A case with its form, history and allowed actions (recorded as an opening)", "operationId": "showCase", "security": [{ "token": [] }],
                "parameters": [reference_param()],
                "responses": { "200": ok("Case", "The case"), "401": problem_ref(), "404": problem_ref() }
            } },
            "/cases/{reference}/transitions": { "post": {
                "summary": "Take a workflow action", "operationId": "postTransition", "security": [{ "token": [] }],
                "parameters": [reference_param()],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Transition" } } } },
                "responses": { "200": ok("Case", "The case after the action"), "401": problem_ref(), "404": problem_ref(), "409": problem_ref(), "422": problem_ref() }
            } },
            "/cases/{reference}/messages": { "post": {
                "summary": "Write to the person", "operationId": "postMessage", "security": [{ "token": [] }],
                "parameters": [reference_param()],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Message" } } } },
                "responses": { "201": { "description": "Sent" }, "401": problem_ref(), "404": problem_ref(), "422": problem_ref() }
            } }
        }
    })
}

fn body(schema: &str) -> Value {
    json!({ "required": true, "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

fn opinion_param() -> Value {
    json!({ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } })
}

/// Transfers and opinions, for partner systems.
fn partner_extras(doc: &mut Value) {
    doc["components"]["schemas"]["Transfer"] = json!({
        "type": "object", "required": ["to", "reason"], "additionalProperties": false,
        "properties": { "to": { "type": "string", "description": "Id of the competent administration" }, "reason": { "type": "string", "minLength": 10, "maxLength": 2000, "description": "Shown to the person" } }
    });
    doc["components"]["schemas"]["OpinionRequest"] = json!({
        "type": "object", "required": ["org", "question"], "additionalProperties": false,
        "properties": { "org": { "type": "string", "description": "Id of the administration asked" }, "question": { "type": "string", "minLength": 10, "maxLength": 4000 } }
    });
    doc["components"]["schemas"]["OpinionAnswer"] = json!({
        "type": "object", "required": ["verdict", "answer"], "additionalProperties": false,
        "description": "An opinion is favourable, with reserves or unfavourable; a coordination request of the provincial cell is done, scheduled or not possible.",
        "properties": { "verdict": { "type": "string", "enum": ["favourable", "reserves", "unfavourable", "done", "scheduled", "not-possible"] }, "answer": { "type": "string", "minLength": 10, "maxLength": 4000 } }
    });
    doc["components"]["schemas"]["Opinion"] = json!({
        "type": "object", "required": ["id", "case", "asked_by", "administration", "kind", "question", "due_date", "verdict", "answer"],
        "properties": {
            "id": { "type": "string" }, "case": { "type": "string" }, "asked_by": { "type": "string" }, "administration": { "type": "string" },
            "kind": { "type": "string", "enum": ["opinion", "coordination"] },
            "question": { "type": "string" }, "due_date": { "type": "string", "format": "date" },
            "verdict": { "type": ["string", "null"] }, "answer": { "type": ["string", "null"] },
            "procedure": { "type": "object" }, "form": { "type": "object" }
        }
    });
    doc["components"]["schemas"]["OpinionList"] = json!({
        "type": "object", "required": ["opinions"],
        "properties": { "opinions": { "type": "array", "items": { "type": "object", "required": ["id", "case", "asked_by", "kind", "due_date"], "properties": { "id": { "type": "string" }, "case": { "type": "string" }, "asked_by": { "type": "string" }, "kind": { "type": "string", "enum": ["opinion", "coordination"] }, "due_date": { "type": "string", "format": "date" } } } } }
    });
    doc["components"]["schemas"]["Assignee"] = json!({
        "type": "object", "required": ["assignee"], "additionalProperties": false,
        "properties": { "assignee": { "type": "string", "description": "Account id of a staff member of the administration" } }
    });
    doc["components"]["schemas"]["Extension"] = json!({
        "type": "object", "required": ["reason"], "additionalProperties": false,
        "properties": { "reason": { "type": "string", "minLength": 10, "maxLength": 2000, "description": "Shown to the person" } }
    });
    doc["components"]["schemas"]["Note"] = json!({
        "type": "object", "required": ["text"], "additionalProperties": false,
        "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 4000 } }
    });
    let paths = &mut doc["paths"];
    paths["/cases/{reference}/notes"] = json!({ "post": {
        "summary": "An internal note (staff only)", "operationId": "postNote", "security": [{ "token": [] }],
        "parameters": [reference_param()], "requestBody": body("Note"),
        "responses": { "201": { "description": "Written" }, "401": problem_ref(), "404": problem_ref(), "422": problem_ref() }
    } });
    paths["/cases/{reference}/assignee"] = json!({ "post": {
        "summary": "Give the case to a staff member of the administration (a supervisor's act: a partner token acts as an agent and is refused with 403 only-supervisors-assign)", "operationId": "postAssignee", "security": [{ "token": [] }],
        "parameters": [reference_param()], "requestBody": body("Assignee"),
        "responses": { "200": ok("Case", "Assigned"), "401": problem_ref(), "403": problem_ref(), "404": problem_ref(), "422": problem_ref() }
    } });
    paths["/cases/{reference}/extension"] = json!({ "post": {
        "summary": "Extend the time limit once, where the procedure allows it", "operationId": "postExtension", "security": [{ "token": [] }],
        "parameters": [reference_param()], "requestBody": body("Extension"),
        "responses": { "200": ok("Case", "Extended"), "401": problem_ref(), "404": problem_ref(), "409": problem_ref(), "422": problem_ref() }
    } });
    paths["/cases/{reference}/transfer"] = json!({ "post": {
        "summary": "Transfer the case to the competent administration", "operationId": "postTransfer", "security": [{ "token": [] }],
        "parameters": [reference_param()], "requestBody": body("Transfer"),
        "responses": { "200": { "description": "Transferred" }, "401": problem_ref(), "404": problem_ref(), "422": problem_ref() }
    } });
    paths["/cases/{reference}/opinions"] = json!({ "post": {
        "summary": "Ask another administration for an opinion, due in ten working days", "operationId": "postOpinionRequest", "security": [{ "token": [] }],
        "parameters": [reference_param()], "requestBody": body("OpinionRequest"),
        "responses": { "201": ok("Opinion", "Asked"), "401": problem_ref(), "404": problem_ref(), "422": problem_ref() }
    } });
    paths["/opinions"] = json!({ "get": {
        "summary": "Opinions the administration still owes, most urgent first", "operationId": "listOpinions", "security": [{ "token": [] }],
        "responses": { "200": ok("OpinionList", "Pending opinions"), "401": problem_ref() }
    } });
    paths["/opinions/{id}"] = json!({
        "get": {
            "summary": "An opinion asked, with the case's form (recorded as an opening)", "operationId": "showOpinion", "security": [{ "token": [] }],
            "parameters": [opinion_param()],
            "responses": { "200": ok("Opinion", "The opinion"), "401": problem_ref(), "404": problem_ref() }
        },
        "post": {
            "summary": "Give the opinion, once", "operationId": "postOpinion", "security": [{ "token": [] }],
            "parameters": [opinion_param()], "requestBody": body("OpinionAnswer"),
            "responses": { "200": ok("Opinion", "Given"), "401": problem_ref(), "404": problem_ref(), "409": problem_ref(), "422": problem_ref() }
        }
    });
}

/// A person's own cases.
fn person_paths(doc: &mut Value) {
    doc["components"]["schemas"]["MyCase"] = json!({
        "allOf": [{ "$ref": "#/components/schemas/Case" }, {
            "type": "object", "required": ["title", "days_left", "next_action"],
            "properties": {
                "title": { "type": "string", "description": "In the language of Accept-Language" },
                "days_left": { "type": ["integer", "null"], "description": "Days left while the administration's clock runs" },
                "next_action": { "type": ["string", "null"], "enum": ["send-documents", null] },
                "represented_name": { "type": ["string", "null"] },
                "files": { "type": "array", "items": { "type": "object", "required": ["id", "document", "filename", "media_type"], "properties": { "id": { "type": "string" }, "document": { "type": "string" }, "filename": { "type": "string" }, "media_type": { "type": "string" } } } },
                "requested_documents": { "type": "array", "items": { "type": "string" } },
                "silence_certificate": { "type": "boolean" }
            }
        }]
    });
    doc["components"]["schemas"]["MyCaseList"] = json!({
        "type": "object", "required": ["cases", "next"],
        "properties": { "cases": { "type": "array", "items": { "$ref": "#/components/schemas/MyCase" } }, "next": { "type": ["string", "null"] } }
    });
    let form = json!({ "required": true, "content": { "multipart/form-data": { "schema": {
        "type": "object",
        "description": "field_<name> for each field of the procedure, doc_<id> for each document of its list, represented_name and doc_mandate when filing as a representative",
        "required": ["idempotency_key"],
        "properties": { "idempotency_key": { "type": "string", "minLength": 16, "maxLength": 128, "description": "The same key never files twice" }, "represented_name": { "type": "string" } },
        "additionalProperties": { "oneOf": [{ "type": "string" }, { "type": "string", "format": "binary" }] }
    } } } });
    let docs = json!({ "required": true, "content": { "multipart/form-data": { "schema": {
        "type": "object", "description": "doc_<id> for each document asked",
        "additionalProperties": { "type": "string", "format": "binary" }
    } } } });
    doc["components"]["schemas"]["Inbox"] = json!({
        "type": "object", "required": ["entries"],
        "properties": { "entries": { "type": "array", "items": { "type": "object", "required": ["case", "title", "at", "kind", "text", "body"], "properties": {
            "case": { "type": "string" }, "title": { "type": "string" }, "at": { "type": "integer" }, "kind": { "type": "string" },
            "text": { "type": "string", "description": "In the language of Accept-Language" }, "body": { "type": ["string", "null"] }
        } } } }
    });
    let paths = &mut doc["paths"];
    paths["/me/inbox"] = json!({ "get": {
        "summary": "What administrations wrote on my cases, newest first", "operationId": "myInbox", "security": [{ "personal": [] }],
        "responses": { "200": ok("Inbox", "The inbox"), "401": problem_ref() }
    } });
    paths["/me/cases"] = json!({
        "get": {
            "summary": "My cases, newest first", "operationId": "listMyCases", "security": [{ "personal": [] }],
            "parameters": [
                { "name": "after", "in": "query", "schema": { "type": "string" } },
                { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 200 } }
            ],
            "responses": { "200": ok("MyCaseList", "A page of my cases"), "401": problem_ref() }
        },
        "post": {
            "summary": "File a case", "operationId": "fileMyCase", "security": [{ "personal": [] }],
            "parameters": [{ "name": "procedure", "in": "query", "required": true, "schema": { "type": "string" } }],
            "requestBody": form,
            "responses": { "201": ok("MyCase", "Filed"), "200": ok("MyCase", "Already filed with this idempotency key"), "401": problem_ref(), "404": problem_ref(), "422": problem_ref(), "503": problem_ref() }
        }
    });
    paths["/me/cases/{reference}"] = json!({ "get": {
        "summary": "My case, with its history (who looked at my file), files and what is asked of me", "operationId": "showMyCase", "security": [{ "personal": [] }],
        "parameters": [reference_param()],
        "responses": { "200": ok("MyCase", "The case"), "401": problem_ref(), "404": problem_ref() }
    } });
    paths["/me/cases/{reference}/messages"] = json!({ "post": {
        "summary": "Write to the administration", "operationId": "postMyMessage", "security": [{ "personal": [] }],
        "parameters": [reference_param()], "requestBody": body("Message"),
        "responses": { "201": { "description": "Sent" }, "401": problem_ref(), "404": problem_ref(), "422": problem_ref() }
    } });
    paths["/me/cases/{reference}/documents"] = json!({ "post": {
        "summary": "Send the documents asked for (the clock starts again)", "operationId": "provideMyDocuments", "security": [{ "personal": [] }],
        "parameters": [reference_param()], "requestBody": docs,
        "responses": { "200": ok("MyCase", "Sent"), "401": problem_ref(), "404": problem_ref(), "409": problem_ref(), "422": problem_ref(), "503": problem_ref() }
    } });
    paths["/me/cases/{reference}/withdraw"] = json!({ "post": {
        "summary": "Withdraw my request", "operationId": "withdrawMyCase", "security": [{ "personal": [] }],
        "parameters": [reference_param()],
        "responses": { "200": ok("MyCase", "Withdrawn"), "401": problem_ref(), "404": problem_ref(), "409": problem_ref() }
    } });
    paths["/me/cases/{reference}/files/{file}"] = json!({ "get": {
        "summary": "A file of my case", "operationId": "downloadMyFile", "security": [{ "personal": [] }],
        "parameters": [reference_param(), { "name": "file", "in": "path", "required": true, "schema": { "type": "string" } }],
        "responses": { "200": { "description": "The file", "content": { "application/pdf": {}, "image/jpeg": {}, "image/png": {} } }, "401": problem_ref(), "404": problem_ref() }
    } });
}
