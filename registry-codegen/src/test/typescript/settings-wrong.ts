// Must NOT compile: SettingsTypeScriptTest expects tsc to refuse the wrong enum value below.
import type { ModuleSettings } from "./module-settings.ts"

export const wrong: ModuleSettings["time-tracking"] = { rounding: "fifteen", maxHoursPerDay: 8 }
