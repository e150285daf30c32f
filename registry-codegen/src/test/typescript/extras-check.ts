// The opt-in extras (registry-codegen --jsdoc --check-unions), copied beside this file as
// extras.ts by TypeScriptClientTest: CHECK (role in (...)) became a literal union.
import type { Database } from "./extras.ts"

type Role = Database["public"]["Tables"]["org_members"]["Row"]["role"]
type Event = Database["public"]["Tables"]["org_module_events"]["Insert"]["event"]

export const admin: Role = "admin"
export const installed: Event = "installed"
// @ts-expect-error not one of owner, admin, member
export const superuser: Role = "superuser"
