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
    let names = json!({ "type": "object", "required": ["ar", "fr", "en"], "properties": { "ar": { "type": "string" }, "fr": { "type": "string" }, "en": { "type": "string" } } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Nafida API",
            "version": "1",
            "description": "The single window of Moroccans living abroad. The catalogue is public; case endpoints are for partner systems of one administration, with a bearer token (nafida admin create-api-token). Errors carry a stable machine code."
        },
        "servers": [{ "url": "/api/v1" }],
        "components": {
            "securitySchemes": { "token": { "type": "http", "scheme": "bearer", "description": "A token scoped to one administration" } },
            "schemas": {
                "Names": names,
                "Problem": {
                    "type": "object", "required": ["status", "code"],
                    "properties": {
                        "status": { "type": "integer" },
                        "code": { "type": "string", "enum": ["not-found", "unauthenticated", "forbidden", "rate-limited", "payload-too-large", "internal", "invalid", "malformed-body", "transition-not-allowed", "case-changed"] },
                        "errors": { "type": "array", "items": { "type": "object", "required": ["field", "code"], "properties": { "field": { "type": "string" }, "code": { "type": "string" } } } }
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
                        "other_document": { "type": "string", "description": "A document outside the list (law 55-19: needs other_reason)" },
                        "other_reason": { "type": "string" }
                    }
                },
                "Message": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 4000 } } }
            }
        },
        "paths": {
            "/procedures": { "get": { "summary": "The procedure catalogue", "operationId": "listProcedures", "responses": { "200": ok("ProcedureList", "Every procedure") } } },
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
                    { "name": "all", "in": "query", "schema": { "type": "boolean" }, "description": "Include closed cases" }
                ],
                "responses": { "200": ok("CaseList", "A page of cases"), "401": problem_ref() }
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
