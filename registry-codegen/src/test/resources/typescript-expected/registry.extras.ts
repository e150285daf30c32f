export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      /** Which modules each catalog module requires, with a semver range; kept by ServiceScope.syncCatalog. Only service_role changes it. */
      module_requirements: {
        Row: {
          module_id: string
          requires_id: string
          /** A semver range the required module's catalog version must be in: ^1.2, ~1.4, >=2.0.0 <3, 1.x or *. */
          version_range: string
        }
        Insert: {
          module_id: string
          requires_id: string
          /** A semver range the required module's catalog version must be in: ^1.2, ~1.4, >=2.0.0 <3, 1.x or *. */
          version_range?: string
        }
        Update: {
          module_id?: string
          requires_id?: string
          /** A semver range the required module's catalog version must be in: ^1.2, ~1.4, >=2.0.0 <3, 1.x or *. */
          version_range?: string
        }
        Relationships: [
          {
            foreignKeyName: "module_requirements_module_id_fkey"
            columns: ["module_id"]
            isOneToOne: false
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "module_requirements_requires_id_fkey"
            columns: ["requires_id"]
            isOneToOne: false
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
        ]
      }
      /** System-wide catalog of product modules. Only service_role changes it. */
      modules: {
        Row: {
          created_at: string
          description: string | null
          /** Slug, e.g. agency or time-tracking. */
          id: string
          /** An inactive module stays in the catalog but cannot be installed. */
          is_active: boolean
          name: string
          /** Settings applied on install, under the settings given (RFC 7396 merge); valid against settings_schema. */
          settings_defaults: NonNullable<Json>
          /** The JSON Schema (a documented subset of 2020-12) every organization's settings of this module must validate against; null: any JSON object. */
          settings_schema: Json | null
          version: string
        }
        Insert: {
          created_at?: string
          description?: string | null
          /** Slug, e.g. agency or time-tracking. */
          id: string
          /** An inactive module stays in the catalog but cannot be installed. */
          is_active?: boolean
          name: string
          /** Settings applied on install, under the settings given (RFC 7396 merge); valid against settings_schema. */
          settings_defaults?: NonNullable<Json>
          /** The JSON Schema (a documented subset of 2020-12) every organization's settings of this module must validate against; null: any JSON object. */
          settings_schema?: Json | null
          version?: string
        }
        Update: {
          created_at?: string
          description?: string | null
          /** Slug, e.g. agency or time-tracking. */
          id?: string
          /** An inactive module stays in the catalog but cannot be installed. */
          is_active?: boolean
          name?: string
          /** Settings applied on install, under the settings given (RFC 7396 merge); valid against settings_schema. */
          settings_defaults?: NonNullable<Json>
          /** The JSON Schema (a documented subset of 2020-12) every organization's settings of this module must validate against; null: any JSON object. */
          settings_schema?: Json | null
          version?: string
        }
        Relationships: []
      }
      org_members: {
        Row: {
          created_at: string
          org_id: string
          role: "owner" | "admin" | "member"
          user_id: string
        }
        Insert: {
          created_at?: string
          org_id: string
          role?: "owner" | "admin" | "member"
          user_id: string
        }
        Update: {
          created_at?: string
          org_id?: string
          role?: "owner" | "admin" | "member"
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_members_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      /** Settings values before and after each installation event that carried them: readable by the organization's owners and admins only. Written by the trigger on org_modules. */
      org_module_event_settings: {
        Row: {
          event_id: number
          new_settings: Json | null
          old_settings: Json | null
          org_id: string
        }
        Insert: {
          event_id: number
          new_settings?: Json | null
          old_settings?: Json | null
          org_id: string
        }
        Update: {
          event_id?: number
          new_settings?: Json | null
          old_settings?: Json | null
          org_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_module_event_settings_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: true
            referencedRelation: "org_module_events"
            referencedColumns: ["id"]
          },
        ]
      }
      /** Append-only history of module installations: written by a trigger on org_modules, readable by the org's members (without settings values, which are in org_module_event_settings); service_role may delete for retention. */
      org_module_events: {
        Row: {
          /** auth.uid() of whoever made the change; NULL for service_role. */
          actor_id: string | null
          /** Top-level settings keys whose value the change added, removed or altered (sorted); the values themselves are in org_module_event_settings, for owners and admins. */
          changed_keys: string[]
          event:
            | "installed"
            | "enabled"
            | "disabled"
            | "settings_changed"
            | "uninstalled"
          id: number
          module_id: string
          occurred_at: string
          org_id: string
        }
        Insert: {
          /** auth.uid() of whoever made the change; NULL for service_role. */
          actor_id?: string | null
          /** Top-level settings keys whose value the change added, removed or altered (sorted); the values themselves are in org_module_event_settings, for owners and admins. */
          changed_keys?: string[]
          event:
            | "installed"
            | "enabled"
            | "disabled"
            | "settings_changed"
            | "uninstalled"
          id?: never
          module_id: string
          occurred_at?: string
          org_id: string
        }
        Update: {
          /** auth.uid() of whoever made the change; NULL for service_role. */
          actor_id?: string | null
          /** Top-level settings keys whose value the change added, removed or altered (sorted); the values themselves are in org_module_event_settings, for owners and admins. */
          changed_keys?: string[]
          event?:
            | "installed"
            | "enabled"
            | "disabled"
            | "settings_changed"
            | "uninstalled"
          id?: never
          module_id?: string
          occurred_at?: string
          org_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_module_events_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      /** Modules installed per organization, with their settings. */
      org_modules: {
        Row: {
          enabled: boolean
          id: string
          installed_at: string
          module_id: string
          org_id: string
          /** Module settings: always a JSON object, at most 64 KiB (65,536 bytes) as compact JSON text (module_registry.jsonb_compact_size). */
          settings: NonNullable<Json>
          updated_at: string
        }
        Insert: {
          enabled?: boolean
          id?: string
          installed_at?: string
          module_id: string
          org_id: string
          /** Module settings: always a JSON object, at most 64 KiB (65,536 bytes) as compact JSON text (module_registry.jsonb_compact_size). */
          settings?: NonNullable<Json>
          updated_at?: string
        }
        Update: {
          enabled?: boolean
          id?: string
          installed_at?: string
          module_id?: string
          org_id?: string
          /** Module settings: always a JSON object, at most 64 KiB (65,536 bytes) as compact JSON text (module_registry.jsonb_compact_size). */
          settings?: NonNullable<Json>
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_modules_module_id_fkey"
            columns: ["module_id"]
            isOneToOne: false
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "org_modules_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      organizations: {
        Row: {
          created_at: string
          id: string
          name: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
        }
        Relationships: []
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      [_ in never]: never
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {},
  },
} as const

