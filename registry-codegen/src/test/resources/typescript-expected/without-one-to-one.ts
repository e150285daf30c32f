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
      audit_refs: {
        Row: {
          audit_id: number | null
          id: number
        }
        Insert: {
          audit_id?: number | null
          id?: number
        }
        Update: {
          audit_id?: number | null
          id?: number
        }
        Relationships: []
      }
      author_profiles: {
        Row: {
          author_id: string
          bio: string | null
        }
        Insert: {
          author_id: string
          bio?: string | null
        }
        Update: {
          author_id?: string
          bio?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "author_profiles_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "author_profiles_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "author_profiles_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      authors: {
        Row: {
          id: string
          mentor_id: string | null
          name: string
          status: string
          author_posts: {
            author_id: string
            body: Json | null
            editor_id: string | null
            id: number
            kind: string | null
            published: boolean
            rating: number | null
            title: string
          } | null
          author_profile: {
            author_id: string
            bio: string | null
          } | null
        }
        Insert: {
          id?: string
          mentor_id?: string | null
          name: string
          status?: string
        }
        Update: {
          id?: string
          mentor_id?: string | null
          name?: string
          status?: string
        }
        Relationships: [
          {
            foreignKeyName: "authors_mentor_id_fkey"
            columns: ["mentor_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "authors_mentor_id_fkey"
            columns: ["mentor_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "authors_mentor_id_fkey"
            columns: ["mentor_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      channels: {
        Row: {
          created_by: string
          id: number
          inserted_at: string
          slug: string
          latest_message: {
            channel_id: number
            id: number
            inserted_at: string
            message: string | null
            user_id: string
          } | null
          message_count: number | null
        }
        Insert: {
          created_by: string
          id?: number
          inserted_at?: string
          slug: string
        }
        Update: {
          created_by?: string
          id?: number
          inserted_at?: string
          slug?: string
        }
        Relationships: [
          {
            foreignKeyName: "channels_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      empty_table: {
        Row: {}
        Insert: {}
        Update: {}
        Relationships: []
      }
      kitchen_sink: {
        Row: {
          $dollar: string | null
          "1starts_with_digit": number | null
          c_address: Database["public"]["CompositeTypes"]["address"] | null
          c_bit: unknown
          c_bool: boolean
          c_bytea: string | null
          c_char: string | null
          c_cidr: unknown
          c_date: string | null
          c_email: string | null
          c_float4: number | null
          c_float8: number | null
          c_generated: string | null
          c_inet: unknown
          c_int_array: number[] | null
          c_int2: number | null
          c_int4: number
          c_int8: number | null
          c_interval: string | null
          c_json: Json | null
          c_jsonb: NonNullable<Json>
          c_jsonb_null: Json | null
          c_level: "low" | "high" | null
          c_macaddr: unknown
          c_money: unknown
          c_mood: Database["public"]["Enums"]["mood"] | null
          c_mood_array: Database["public"]["Enums"]["mood"][]
          c_name: unknown
          c_numeric: number | null
          c_oid: unknown
          c_opaque: unknown
          c_point: unknown
          c_point3: unknown
          c_positive: number
          c_range: unknown
          c_secret: "x" | "y" | null
          c_tags: string[] | null
          c_text: string
          c_text_matrix: string[]
          c_time: string | null
          c_timestamp: string | null
          c_timestamptz: string | null
          c_timetz: string | null
          c_tsvector: unknown
          c_uuid: string | null
          c_varbit: unknown
          c_varchar: string | null
          c_xml: unknown
          CamelCase: string | null
          default: string | null
          id: number
          "kebab-case": number | null
          ñandú: string | null
          'quote"d': string | null
          seq: number
          "with space": string | null
        }
        Insert: {
          $dollar?: string | null
          "1starts_with_digit"?: number | null
          c_address?: Database["public"]["CompositeTypes"]["address"] | null
          c_bit?: unknown
          c_bool?: boolean
          c_bytea?: string | null
          c_char?: string | null
          c_cidr?: unknown
          c_date?: string | null
          c_email?: string | null
          c_float4?: number | null
          c_float8?: number | null
          c_generated?: never
          c_inet?: unknown
          c_int_array?: number[] | null
          c_int2?: number | null
          c_int4: number
          c_int8?: number | null
          c_interval?: string | null
          c_json?: Json | null
          c_jsonb?: NonNullable<Json>
          c_jsonb_null?: Json | null
          c_level?: "low" | "high" | null
          c_macaddr?: unknown
          c_money?: unknown
          c_mood?: Database["public"]["Enums"]["mood"] | null
          c_mood_array?: Database["public"]["Enums"]["mood"][]
          c_name?: unknown
          c_numeric?: number | null
          c_oid?: unknown
          c_opaque?: unknown
          c_point?: unknown
          c_point3?: unknown
          c_positive: number
          c_range?: unknown
          c_secret?: "x" | "y" | null
          c_tags?: string[] | null
          c_text?: string
          c_text_matrix: string[]
          c_time?: string | null
          c_timestamp?: string | null
          c_timestamptz?: string | null
          c_timetz?: string | null
          c_tsvector?: unknown
          c_uuid?: string | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          CamelCase?: string | null
          default?: string | null
          id?: never
          "kebab-case"?: number | null
          ñandú?: string | null
          'quote"d'?: string | null
          seq?: number
          "with space"?: string | null
        }
        Update: {
          $dollar?: string | null
          "1starts_with_digit"?: number | null
          c_address?: Database["public"]["CompositeTypes"]["address"] | null
          c_bit?: unknown
          c_bool?: boolean
          c_bytea?: string | null
          c_char?: string | null
          c_cidr?: unknown
          c_date?: string | null
          c_email?: string | null
          c_float4?: number | null
          c_float8?: number | null
          c_generated?: never
          c_inet?: unknown
          c_int_array?: number[] | null
          c_int2?: number | null
          c_int4?: number
          c_int8?: number | null
          c_interval?: string | null
          c_json?: Json | null
          c_jsonb?: NonNullable<Json>
          c_jsonb_null?: Json | null
          c_level?: "low" | "high" | null
          c_macaddr?: unknown
          c_money?: unknown
          c_mood?: Database["public"]["Enums"]["mood"] | null
          c_mood_array?: Database["public"]["Enums"]["mood"][]
          c_name?: unknown
          c_numeric?: number | null
          c_oid?: unknown
          c_opaque?: unknown
          c_point?: unknown
          c_point3?: unknown
          c_positive?: number
          c_range?: unknown
          c_secret?: "x" | "y" | null
          c_tags?: string[] | null
          c_text?: string
          c_text_matrix?: string[]
          c_time?: string | null
          c_timestamp?: string | null
          c_timestamptz?: string | null
          c_timetz?: string | null
          c_tsvector?: unknown
          c_uuid?: string | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          CamelCase?: string | null
          default?: string | null
          id?: never
          "kebab-case"?: number | null
          ñandú?: string | null
          'quote"d'?: string | null
          seq?: number
          "with space"?: string | null
        }
        Relationships: []
      }
      measurements: {
        Row: {
          id: number
          taken_at: string
          value: number | null
        }
        Insert: {
          id?: number
          taken_at: string
          value?: number | null
        }
        Update: {
          id?: number
          taken_at?: string
          value?: number | null
        }
        Relationships: []
      }
      measurements_2025: {
        Row: {
          id: number
          taken_at: string
          value: number | null
        }
        Insert: {
          id?: number
          taken_at: string
          value?: number | null
        }
        Update: {
          id?: number
          taken_at?: string
          value?: number | null
        }
        Relationships: []
      }
      messages: {
        Row: {
          channel_id: number
          id: number
          inserted_at: string
          message: string | null
          user_id: string
        }
        Insert: {
          channel_id: number
          id?: number
          inserted_at?: string
          message?: string | null
          user_id: string
        }
        Update: {
          channel_id?: number
          id?: number
          inserted_at?: string
          message?: string | null
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "messages_channel_id_fkey"
            columns: ["channel_id"]
            referencedRelation: "channel_activity"
            referencedColumns: ["channel_id"]
          },
          {
            foreignKeyName: "messages_channel_id_fkey"
            columns: ["channel_id"]
            referencedRelation: "channels"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      module_requirements: {
        Row: {
          module_id: string
          requires_id: string
          version_range: string
        }
        Insert: {
          module_id: string
          requires_id: string
          version_range?: string
        }
        Update: {
          module_id?: string
          requires_id?: string
          version_range?: string
        }
        Relationships: [
          {
            foreignKeyName: "module_requirements_module_id_fkey"
            columns: ["module_id"]
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "module_requirements_requires_id_fkey"
            columns: ["requires_id"]
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
        ]
      }
      modules: {
        Row: {
          created_at: string
          description: string | null
          id: string
          is_active: boolean
          name: string
          settings_defaults: NonNullable<Json>
          settings_schema: Json | null
          version: string
        }
        Insert: {
          created_at?: string
          description?: string | null
          id: string
          is_active?: boolean
          name: string
          settings_defaults?: NonNullable<Json>
          settings_schema?: Json | null
          version?: string
        }
        Update: {
          created_at?: string
          description?: string | null
          id?: string
          is_active?: boolean
          name?: string
          settings_defaults?: NonNullable<Json>
          settings_schema?: Json | null
          version?: string
        }
        Relationships: []
      }
      org_members: {
        Row: {
          created_at: string
          org_id: string
          role: string
          user_id: string
        }
        Insert: {
          created_at?: string
          org_id: string
          role?: string
          user_id: string
        }
        Update: {
          created_at?: string
          org_id?: string
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_members_org_id_fkey"
            columns: ["org_id"]
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
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
            referencedRelation: "org_module_events"
            referencedColumns: ["id"]
          },
        ]
      }
      org_module_events: {
        Row: {
          actor_id: string | null
          changed_keys: string[]
          event: string
          id: number
          module_id: string
          occurred_at: string
          org_id: string
        }
        Insert: {
          actor_id?: string | null
          changed_keys?: string[]
          event: string
          id?: never
          module_id: string
          occurred_at?: string
          org_id: string
        }
        Update: {
          actor_id?: string | null
          changed_keys?: string[]
          event?: string
          id?: never
          module_id?: string
          occurred_at?: string
          org_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_module_events_org_id_fkey"
            columns: ["org_id"]
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      org_modules: {
        Row: {
          enabled: boolean
          id: string
          installed_at: string
          module_id: string
          org_id: string
          settings: NonNullable<Json>
          updated_at: string
        }
        Insert: {
          enabled?: boolean
          id?: string
          installed_at?: string
          module_id: string
          org_id: string
          settings?: NonNullable<Json>
          updated_at?: string
        }
        Update: {
          enabled?: boolean
          id?: string
          installed_at?: string
          module_id?: string
          org_id?: string
          settings?: NonNullable<Json>
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_modules_module_id_fkey"
            columns: ["module_id"]
            referencedRelation: "modules"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "org_modules_org_id_fkey"
            columns: ["org_id"]
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
      post_tags: {
        Row: {
          post_id: number
          region: string
          tag: string
        }
        Insert: {
          post_id: number
          region: string
          tag: string
        }
        Update: {
          post_id?: number
          region?: string
          tag?: string
        }
        Relationships: [
          {
            foreignKeyName: "post_tags_post_fk"
            columns: ["post_id"]
            referencedRelation: "posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "post_tags_post_fk"
            columns: ["post_id"]
            referencedRelation: "posts_with_author"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "post_tags_post_fk"
            columns: ["post_id"]
            referencedRelation: "published_posts"
            referencedColumns: ["id"]
          },
        ]
      }
      posts: {
        Row: {
          author_id: string
          body: Json | null
          editor_id: string | null
          id: number
          kind: string | null
          published: boolean
          rating: number | null
          title: string
          title_upper: string | null
        }
        Insert: {
          author_id: string
          body?: Json | null
          editor_id?: string | null
          id?: number
          kind?: string | null
          published?: boolean
          rating?: number | null
          title: string
        }
        Update: {
          author_id?: string
          body?: Json | null
          editor_id?: string | null
          id?: number
          kind?: string | null
          published?: boolean
          rating?: number | null
          title?: string
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_editor_id_fkey"
            columns: ["editor_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "posts_editor_id_fkey"
            columns: ["editor_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_editor_id_fkey"
            columns: ["editor_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          avatar_url: string | null
          full_name: string | null
          id: string
          updated_at: string | null
          username: string | null
          website: string | null
        }
        Insert: {
          avatar_url?: string | null
          full_name?: string | null
          id: string
          updated_at?: string | null
          username?: string | null
          website?: string | null
        }
        Update: {
          avatar_url?: string | null
          full_name?: string | null
          id?: string
          updated_at?: string | null
          username?: string | null
          website?: string | null
        }
        Relationships: []
      }
      role_permissions: {
        Row: {
          id: number
          permission: Database["public"]["Enums"]["app_permission"]
          role: Database["public"]["Enums"]["app_role"]
        }
        Insert: {
          id?: number
          permission: Database["public"]["Enums"]["app_permission"]
          role: Database["public"]["Enums"]["app_role"]
        }
        Update: {
          id?: number
          permission?: Database["public"]["Enums"]["app_permission"]
          role?: Database["public"]["Enums"]["app_role"]
        }
        Relationships: []
      }
      tag_links: {
        Row: {
          note: string | null
          post_id: number
          tag: string
        }
        Insert: {
          note?: string | null
          post_id: number
          tag: string
        }
        Update: {
          note?: string | null
          post_id?: number
          tag?: string
        }
        Relationships: [
          {
            foreignKeyName: "tag_links_post_id_tag_fkey"
            columns: ["post_id", "tag"]
            referencedRelation: "post_tags"
            referencedColumns: ["post_id", "tag"]
          },
        ]
      }
      user_roles: {
        Row: {
          id: number
          role: Database["public"]["Enums"]["app_role"]
          user_id: string
        }
        Insert: {
          id?: number
          role: Database["public"]["Enums"]["app_role"]
          user_id: string
        }
        Update: {
          id?: number
          role?: Database["public"]["Enums"]["app_role"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "user_roles_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      users: {
        Row: {
          id: string
          status: Database["public"]["Enums"]["user_status"] | null
          username: string | null
        }
        Insert: {
          id: string
          status?: Database["public"]["Enums"]["user_status"] | null
          username?: string | null
        }
        Update: {
          id?: string
          status?: Database["public"]["Enums"]["user_status"] | null
          username?: string | null
        }
        Relationships: []
      }
      "Weird-Name": {
        Row: {
          id: number
          select: string | null
        }
        Insert: {
          id: number
          select?: string | null
        }
        Update: {
          id?: number
          select?: string | null
        }
        Relationships: []
      }
    }
    Views: {
      author_stats: {
        Row: {
          author_id: string | null
          last_title: string | null
          post_count: number | null
          stats_of: number | null
        }
        Relationships: []
      }
      channel_activity: {
        Row: {
          channel_id: number | null
          last_message_at: string | null
          messages: number | null
          slug: string | null
        }
        Relationships: []
      }
      post_counts: {
        Row: {
          author_id: string | null
          total: number | null
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      posts_with_author: {
        Row: {
          author_id: string | null
          author_name: string | null
          id: number | null
          title: string | null
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      published_posts: {
        Row: {
          author_id: string | null
          body: Json | null
          id: number | null
          title: string | null
        }
        Insert: {
          author_id?: string | null
          body?: Json | null
          id?: number | null
          title?: string | null
        }
        Update: {
          author_id?: string | null
          body?: Json | null
          id?: number | null
          title?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "author_stats"
            referencedColumns: ["author_id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "authors"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "triggered_view"
            referencedColumns: ["id"]
          },
        ]
      }
      recent_messages: {
        Row: {
          channel_id: number | null
          id: number | null
          message: string | null
          user_id: string | null
        }
        Insert: {
          channel_id?: number | null
          id?: number | null
          message?: string | null
          user_id?: string | null
        }
        Update: {
          channel_id?: number | null
          id?: number | null
          message?: string | null
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "messages_channel_id_fkey"
            columns: ["channel_id"]
            referencedRelation: "channel_activity"
            referencedColumns: ["channel_id"]
          },
          {
            foreignKeyName: "messages_channel_id_fkey"
            columns: ["channel_id"]
            referencedRelation: "channels"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      triggered_view: {
        Row: {
          id: string | null
          name: string | null
        }
        Insert: {
          id?: string | null
          name?: string | null
        }
        Update: {
          id?: string | null
          name?: string | null
        }
        Relationships: []
      }
    }
    Functions: {
      add: { Args: { a: number; b?: number }; Returns: number }
      addresses: {
        Args: Record<PropertyKey, never>
        Returns: Database["public"]["CompositeTypes"]["address"][]
        SetofOptions: {
          from: "*"
          to: "address"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      anything: {
        Args: Record<PropertyKey, never>
        Returns: Record<string, unknown>
      }
      author_posts: {
        Args: { "": Database["public"]["Tables"]["authors"]["Row"] }
        Returns: {
          author_id: string
          body: Json | null
          editor_id: string | null
          id: number
          kind: string | null
          published: boolean
          rating: number | null
          title: string
        }[]
        SetofOptions: {
          from: "authors"
          to: "posts"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      author_profile: {
        Args: { "": Database["public"]["Tables"]["authors"]["Row"] }
        Returns: {
          author_id: string
          bio: string | null
        }
        SetofOptions: {
          from: "authors"
          to: "author_profiles"
          isOneToOne: true
          isSetofReturn: true
        }
      }
      author_summary: {
        Args: { author: string }
        Returns: {
          rating: number
          tags: string[]
          title: string
        }[]
      }
      authorize: {
        Args: {
          requested_permission: Database["public"]["Enums"]["app_permission"]
          user_id: string
        }
        Returns: boolean
      }
      default_only:
        | { Args: Record<PropertyKey, never>; Returns: number }
        | { Args: { x?: number }; Returns: number }
      echo_json: { Args: { "": Json }; Returns: Json }
      echo_jsonb: { Args: { "": Json }; Returns: Json }
      echo_text: { Args: { "": string }; Returns: string }
      ids_between: { Args: { hi: number; lo: number }; Returns: number[] }
      latest_message: {
        Args: { channel: Database["public"]["Tables"]["channels"]["Row"] }
        Returns: {
          channel_id: number
          id: number
          inserted_at: string
          message: string | null
          user_id: string
        }
        SetofOptions: {
          from: "channels"
          to: "messages"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      long_signature_function_name: {
        Args: {
          first_argument_name: string
          second_argument_name?: number
          third?: Json
        }
        Returns: {
          first_column_name: string
          second_column_name: number
        }[]
      }
      make_address: {
        Args: { city: string; street: string }
        Returns: Database["public"]["CompositeTypes"]["address"]
        SetofOptions: {
          from: "*"
          to: "address"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      message_count: {
        Args: { "": Database["public"]["Tables"]["channels"]["Row"] }
        Returns: {
          error: true
        } & "the function public.message_count with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      mood_of: {
        Args: { m?: Database["public"]["Enums"]["mood"] }
        Returns: Database["public"]["Enums"]["mood"][]
      }
      nothing: { Args: Record<PropertyKey, never>; Returns: undefined }
      overloaded:
        | {
            Args: { x: number }
            Returns: {
              error: true
            } & "Could not choose the best candidate function between: public.overloaded(x => int4), public.overloaded(x => text). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
          }
        | { Args: { x: number; y: number }; Returns: number }
        | {
            Args: { x: string }
            Returns: {
              error: true
            } & "Could not choose the best candidate function between: public.overloaded(x => int4), public.overloaded(x => text). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
          }
      ping: { Args: Record<PropertyKey, never>; Returns: string }
      search_messages: {
        Args: { channel?: number; term: string }
        Returns: {
          channel_id: number
          id: number
          inserted_at: string
          message: string | null
          user_id: string
        }[]
        SetofOptions: {
          from: "*"
          to: "messages"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      search_posts: {
        Args: { max_rows?: number; query: string }
        Returns: {
          author_id: string
          body: Json | null
          editor_id: string | null
          id: number
          kind: string | null
          published: boolean
          rating: number | null
          title: string
        }[]
        SetofOptions: {
          from: "*"
          to: "posts"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      stats_of: {
        Args: { "": Database["public"]["Views"]["author_stats"]["Row"] }
        Returns: {
          error: true
        } & "the function public.stats_of with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      sum_all: { Args: { nums: number[] }; Returns: number }
      title_upper: {
        Args: { "": Database["public"]["Tables"]["posts"]["Row"] }
        Returns: {
          error: true
        } & "the function public.title_upper with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      top_post: {
        Args: { author: string }
        Returns: {
          author_id: string
          body: Json | null
          editor_id: string | null
          id: number
          kind: string | null
          published: boolean
          rating: number | null
          title: string
        }
        SetofOptions: {
          from: "*"
          to: "posts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      with_out: { Args: { a: number }; Returns: Record<string, unknown> }
    }
    Enums: {
      app_permission: "channels.delete" | "messages.delete"
      app_role: "admin" | "moderator"
      mood: "sad" | "ok" | "happy"
      quirky: "with space" | 'say "hi"' | "it's" | "a-b" | "Upper"
      user_status: "ONLINE" | "OFFLINE"
    }
    CompositeTypes: {
      address: {
        street: string | null
        city: string | null
        zip: number | null
        tags: string[] | null
        mood: Database["public"]["Enums"]["mood"] | null
      }
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
    Enums: {
      app_permission: ["channels.delete", "messages.delete"],
      app_role: ["admin", "moderator"],
      mood: ["sad", "ok", "happy"],
      quirky: ["with space", 'say "hi"', "it's", "a-b", "Upper"],
      user_status: ["ONLINE", "OFFLINE"],
    },
  },
} as const

