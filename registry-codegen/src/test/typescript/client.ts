// A supabase-js client typed with the generated Database types (registry-types/database.ts, copied
// beside this file by TypeScriptClientTest). Compiled with `tsc --strict --noEmit`: every line
// below `@ts-expect-error` must fail to type-check, everything else must pass.
import { createClient } from "@supabase/supabase-js"
import type { Database, Json, Tables, TablesInsert, TablesUpdate } from "./database.ts"

const supabase = createClient<Database>("http://localhost:54321", "public-anon-key")

export async function tour(orgId: string): Promise<void> {
  // select: typed columns, typed filters
  const { data: modules } = await supabase.from("modules").select("id, name, version, is_active").eq("is_active", true)
  const names: string[] = (modules ?? []).map((m) => m.name)
  const description: Tables<"modules">["description"] = null

  // select with an embedded relationship (org_modules.module_id -> modules.id)
  const { data: installed } = await supabase.from("org_modules").select("module_id, enabled, settings, modules(name)").eq("org_id", orgId)
  const firstName: string | undefined = installed?.[0]?.modules?.name
  const settings: NonNullable<Json> | undefined = installed?.[0]?.settings

  // insert with the required columns only (id, enabled, settings, timestamps have defaults)
  const install: TablesInsert<"org_modules"> = { org_id: orgId, module_id: "time-tracking" }
  await supabase.from("org_modules").insert(install)

  // update
  const patch: TablesUpdate<"org_modules"> = { enabled: false }
  await supabase.from("org_modules").update(patch).eq("org_id", orgId).eq("module_id", "time-tracking")

  // @ts-expect-error module_id is required on insert
  await supabase.from("org_modules").insert({ org_id: orgId })
  // @ts-expect-error enabled is a boolean, not a string
  await supabase.from("org_modules").update({ enabled: "yes" }).eq("org_id", orgId)
  // @ts-expect-error there is no such table
  await supabase.from("no_such_table").select("*")
  // @ts-expect-error the registry exposes no RPC: its merge patch lives in the private schema
  await supabase.rpc("jsonb_merge_patch", { target: {}, patch: {} })
  // @ts-expect-error name is a string column
  const wrong: number = (modules ?? [])[0].name

  void [names, description, firstName, settings, wrong]
}
