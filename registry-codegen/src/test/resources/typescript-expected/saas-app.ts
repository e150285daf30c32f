export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  api: {
    Tables: {
      [_ in never]: never
    }
    Views: {
      label_usage: {
        Row: {
          label_id: number | null
          uses: number | null
        }
        Relationships: []
      }
      organizations: {
        Row: {
          id: string | null
          name: string | null
          slug: string | null
          tier: Database["app"]["Enums"]["plan_tier"] | null
        }
        Insert: {
          id?: string | null
          name?: string | null
          slug?: string | null
          tier?: Database["app"]["Enums"]["plan_tier"] | null
        }
        Update: {
          id?: string | null
          name?: string | null
          slug?: string | null
          tier?: Database["app"]["Enums"]["plan_tier"] | null
        }
        Relationships: []
      }
      overdue_tasks: {
        Row: {
          due: string | null
          estimate: number | null
          id: number | null
          org_id: string | null
          parent_id: number | null
          project_id: number | null
          status: Database["app"]["Enums"]["task_status"] | null
          title: string | null
        }
        Insert: {
          due?: string | null
          estimate?: number | null
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Update: {
          due?: string | null
          estimate?: number | null
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "overdue_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "project_overview"
            referencedColumns: ["project_id", "org_id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id", "org_id"]
          },
        ]
      }
      project_overview: {
        Row: {
          name: string | null
          org_id: string | null
          project_id: number | null
          task_count: number | null
          total_estimate: number | null
        }
        Relationships: [
          {
            foreignKeyName: "projects_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      projects: {
        Row: {
          archived: boolean | null
          id: number | null
          key: string | null
          name: string | null
          org_id: string | null
        }
        Insert: {
          archived?: boolean | null
          id?: number | null
          key?: string | null
          name?: string | null
          org_id?: string | null
        }
        Update: {
          archived?: boolean | null
          id?: number | null
          key?: string | null
          name?: string | null
          org_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "projects_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      task_labels: {
        Row: {
          label: string | null
          label_id: number | null
          task_id: number | null
        }
        Relationships: [
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "overdue_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      tasks: {
        Row: {
          due: string | null
          estimate: number | null
          id: number | null
          org_id: string | null
          parent_id: number | null
          project_id: number | null
          status: Database["app"]["Enums"]["task_status"] | null
          title: string | null
          children: {
            due: string | null
            estimate: number | null
            id: number | null
            org_id: string | null
            parent_id: number | null
            project_id: number | null
            status: Database["app"]["Enums"]["task_status"] | null
            title: string | null
          } | null
          project: {
            archived: boolean | null
            id: number | null
            key: string | null
            name: string | null
            org_id: string | null
          } | null
          subtask_count: number | null
        }
        Insert: {
          due?: string | null
          estimate?: number | null
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Update: {
          due?: string | null
          estimate?: number | null
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "overdue_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "project_overview"
            referencedColumns: ["project_id", "org_id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id", "org_id"]
          },
        ]
      }
    }
    Functions: {
      apply_budget: {
        Args: {
          amount: Database["app"]["CompositeTypes"]["money_amount"]
          project: number
        }
        Returns: Database["app"]["CompositeTypes"]["money_amount"][]
      }
      by_status:
        | {
            Args: { status: Database["app"]["Enums"]["task_status"] }
            Returns: {
              error: true
            } & "Could not choose the best candidate function between: api.by_status(status => text), api.by_status(status => task_status). Try renaming the parameters or the function itself in the database so function overloading can be resolved"[]
            SetofOptions: {
              from: "*"
              to: "tasks"
              isOneToOne: false
              isSetofReturn: true
            }
          }
        | {
            Args: { status: string }
            Returns: {
              error: true
            } & "Could not choose the best candidate function between: api.by_status(status => text), api.by_status(status => task_status). Try renaming the parameters or the function itself in the database so function overloading can be resolved"[]
            SetofOptions: {
              from: "*"
              to: "tasks"
              isOneToOne: false
              isSetofReturn: true
            }
          }
      children: {
        Args: { t: Database["api"]["Views"]["tasks"]["Row"] }
        Returns: {
          due: string | null
          estimate: number | null
          id: number | null
          org_id: string | null
          parent_id: number | null
          project_id: number | null
          status: Database["app"]["Enums"]["task_status"] | null
          title: string | null
        }[]
        SetofOptions: {
          from: "api.tasks"
          to: "tasks"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      counts: { Args: { org: string }; Returns: Record<string, unknown> }
      create_task: {
        Args: {
          parent?: number
          project: number
          status?: Database["app"]["Enums"]["task_status"]
          title: string
        }
        Returns: {
          due: string | null
          estimate: number | null
          id: number | null
          org_id: string | null
          parent_id: number | null
          project_id: number | null
          status: Database["app"]["Enums"]["task_status"] | null
          title: string | null
        }
        SetofOptions: {
          from: "*"
          to: "tasks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      echo: { Args: { "": Json }; Returns: Json }
      events_of: {
        Args: { org: string }
        Returns: Database["app"]["Tables"]["events"]["Row"][]
        SetofOptions: {
          from: "*"
          to: "events"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      greatest_of: { Args: { numbers: number[] }; Returns: number }
      make_result: {
        Args: { ok: boolean }
        Returns: Database["api"]["CompositeTypes"]["rpc_result"]
        SetofOptions: {
          from: "*"
          to: "rpc_result"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      org_projects: {
        Args: { org: string }
        Returns: Database["app"]["Tables"]["projects"]["Row"][]
        SetofOptions: {
          from: "*"
          to: "projects"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      org_stats: {
        Args: Record<PropertyKey, never>
        Returns: Database["app"]["Views"]["org_stats"]["Row"][]
        SetofOptions: {
          from: "*"
          to: "org_stats"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      ping: { Args: { ""?: string }; Returns: string }
      project: {
        Args: { "": Database["api"]["Views"]["tasks"]["Row"] }
        Returns: {
          archived: boolean | null
          id: number | null
          key: string | null
          name: string | null
          org_id: string | null
        }
        SetofOptions: {
          from: "api.tasks"
          to: "projects"
          isOneToOne: true
          isSetofReturn: true
        }
      }
      project_settings_of: {
        Args: { project: number }
        Returns: Database["app"]["Tables"]["project_settings"]["Row"]
        SetofOptions: {
          from: "*"
          to: "project_settings"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      raw_stats: {
        Args: Record<PropertyKey, never>
        Returns: Record<string, unknown>
      }
      raw_stats_set: {
        Args: Record<PropertyKey, never>
        Returns: Record<string, unknown>[]
      }
      search_tasks:
        | {
            Args: { query: string }
            Returns: {
              due: string | null
              estimate: number | null
              id: number | null
              org_id: string | null
              parent_id: number | null
              project_id: number | null
              status: Database["app"]["Enums"]["task_status"] | null
              title: string | null
            }[]
            SetofOptions: {
              from: "*"
              to: "tasks"
              isOneToOne: false
              isSetofReturn: true
            }
          }
        | {
            Args: { project: number; query: string }
            Returns: {
              due: string | null
              estimate: number | null
              id: number | null
              org_id: string | null
              parent_id: number | null
              project_id: number | null
              status: Database["app"]["Enums"]["task_status"] | null
              title: string | null
            }[]
            SetofOptions: {
              from: "*"
              to: "tasks"
              isOneToOne: false
              isSetofReturn: true
            }
          }
      status_options: {
        Args: Record<PropertyKey, never>
        Returns: Database["app"]["Enums"]["task_status"][]
      }
      subtask_count: {
        Args: { "": Database["api"]["Views"]["tasks"]["Row"] }
        Returns: {
          error: true
        } & "the function api.subtask_count with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      tag_any: { Args: { tags?: string[]; task: number }; Returns: number }
      task_report: {
        Args: { org: string; since?: string }
        Returns: {
          estimate: number
          status: Database["app"]["Enums"]["task_status"]
          titles: string[]
          total: number
        }[]
      }
      touch: { Args: { project: number }; Returns: undefined }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      rpc_result: {
        ok: boolean | null
        message: string | null
        affected: number | null
      }
    }
  }
  app: {
    Tables: {
      event_acks: {
        Row: {
          acked_by: string | null
          event_at: string
          event_id: number
          id: number
        }
        Insert: {
          acked_by?: string | null
          event_at: string
          event_id: number
          id?: number
        }
        Update: {
          acked_by?: string | null
          event_at?: string
          event_id?: number
          id?: number
        }
        Relationships: [
          {
            foreignKeyName: "event_acks_event_id_event_at_fkey"
            columns: ["event_id", "event_at"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id", "occurred_at"]
          },
        ]
      }
      events: {
        Row: {
          id: number
          kind: string
          occurred_at: string
          org_id: string
          payload: Json | null
        }
        Insert: {
          id?: never
          kind: string
          occurred_at: string
          org_id: string
          payload?: Json | null
        }
        Update: {
          id?: never
          kind?: string
          occurred_at?: string
          org_id?: string
          payload?: Json | null
        }
        Relationships: [
          {
            foreignKeyName: "events_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "org_stats"
            referencedColumns: ["org_id"]
          },
          {
            foreignKeyName: "events_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      events_2024: {
        Row: {
          id: number
          kind: string
          occurred_at: string
          org_id: string
          payload: Json | null
        }
        Insert: {
          id?: never
          kind: string
          occurred_at: string
          org_id: string
          payload?: Json | null
        }
        Update: {
          id?: never
          kind?: string
          occurred_at?: string
          org_id?: string
          payload?: Json | null
        }
        Relationships: []
      }
      events_2025: {
        Row: {
          id: number
          kind: string
          occurred_at: string
          org_id: string
          payload: Json | null
        }
        Insert: {
          id?: never
          kind: string
          occurred_at: string
          org_id: string
          payload?: Json | null
        }
        Update: {
          id?: never
          kind?: string
          occurred_at?: string
          org_id?: string
          payload?: Json | null
        }
        Relationships: []
      }
      events_default: {
        Row: {
          id: number
          kind: string
          occurred_at: string
          org_id: string
          payload: Json | null
        }
        Insert: {
          id?: never
          kind: string
          occurred_at: string
          org_id: string
          payload?: Json | null
        }
        Update: {
          id?: never
          kind?: string
          occurred_at?: string
          org_id?: string
          payload?: Json | null
        }
        Relationships: []
      }
      invoice_lines: {
        Row: {
          amount: number
          invoice_id: number
          line_no: number
          region: string
        }
        Insert: {
          amount: number
          invoice_id: number
          line_no: number
          region: string
        }
        Update: {
          amount?: number
          invoice_id?: number
          line_no?: number
          region?: string
        }
        Relationships: [
          {
            foreignKeyName: "invoice_lines_invoice_id_region_fkey"
            columns: ["invoice_id", "region"]
            isOneToOne: false
            referencedRelation: "invoices"
            referencedColumns: ["id", "region"]
          },
        ]
      }
      invoices: {
        Row: {
          id: number
          region: string
          total: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Insert: {
          id: number
          region: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Update: {
          id?: number
          region?: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Relationships: []
      }
      invoices_eu: {
        Row: {
          id: number
          region: string
          total: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Insert: {
          id: number
          region: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Update: {
          id?: number
          region?: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Relationships: []
      }
      invoices_us: {
        Row: {
          id: number
          region: string
          total: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Insert: {
          id: number
          region: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Update: {
          id?: number
          region?: string
          total?: Database["app"]["CompositeTypes"]["money_amount"] | null
        }
        Relationships: []
      }
      labels: {
        Row: {
          color: string | null
          id: number
          name: string
          org_id: string
        }
        Insert: {
          color?: string | null
          id?: number
          name: string
          org_id: string
        }
        Update: {
          color?: string | null
          id?: number
          name?: string
          org_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "labels_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "org_stats"
            referencedColumns: ["org_id"]
          },
          {
            foreignKeyName: "labels_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      org_members: {
        Row: {
          invited_by: string | null
          joined_at: string | null
          org_id: string
          role: string
          user_id: string
        }
        Insert: {
          invited_by?: string | null
          joined_at?: string | null
          org_id: string
          role?: string
          user_id: string
        }
        Update: {
          invited_by?: string | null
          joined_at?: string | null
          org_id?: string
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "org_members_inviter_fk"
            columns: ["org_id", "invited_by"]
            isOneToOne: false
            referencedRelation: "org_members"
            referencedColumns: ["org_id", "user_id"]
          },
          {
            foreignKeyName: "org_members_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "org_stats"
            referencedColumns: ["org_id"]
          },
          {
            foreignKeyName: "org_members_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      organizations: {
        Row: {
          allowed_tiers: Database["app"]["Enums"]["plan_tier"][] | null
          created_at: string
          id: string
          metadata: Json | null
          name: string
          owner_id: string
          parent_org_id: string | null
          settings: NonNullable<Json>
          slug: string
          tier: Database["app"]["Enums"]["plan_tier"]
        }
        Insert: {
          allowed_tiers?: Database["app"]["Enums"]["plan_tier"][] | null
          created_at?: string
          id?: string
          metadata?: Json | null
          name: string
          owner_id: string
          parent_org_id?: string | null
          settings?: NonNullable<Json>
          slug: string
          tier?: Database["app"]["Enums"]["plan_tier"]
        }
        Update: {
          allowed_tiers?: Database["app"]["Enums"]["plan_tier"][] | null
          created_at?: string
          id?: string
          metadata?: Json | null
          name?: string
          owner_id?: string
          parent_org_id?: string | null
          settings?: NonNullable<Json>
          slug?: string
          tier?: Database["app"]["Enums"]["plan_tier"]
        }
        Relationships: [
          {
            foreignKeyName: "organizations_parent_org_id_fkey"
            columns: ["parent_org_id"]
            isOneToOne: false
            referencedRelation: "org_stats"
            referencedColumns: ["org_id"]
          },
          {
            foreignKeyName: "organizations_parent_org_id_fkey"
            columns: ["parent_org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      project_billing: {
        Row: {
          iban: string | null
          id: number
          project_id: number
          reviewer_project_id: number | null
        }
        Insert: {
          iban?: string | null
          id?: number
          project_id: number
          reviewer_project_id?: number | null
        }
        Update: {
          iban?: string | null
          id?: number
          project_id?: number
          reviewer_project_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "project_billing_project_id_fkey"
            columns: ["project_id"]
            isOneToOne: true
            referencedRelation: "projects"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "project_billing_reviewer_project_id_fkey"
            columns: ["reviewer_project_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id"]
          },
        ]
      }
      project_settings: {
        Row: {
          flags: string[]
          project_id: number
          theme: string | null
        }
        Insert: {
          flags?: string[]
          project_id: number
          theme?: string | null
        }
        Update: {
          flags?: string[]
          project_id?: number
          theme?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "project_settings_project_id_fkey"
            columns: ["project_id"]
            isOneToOne: true
            referencedRelation: "projects"
            referencedColumns: ["id"]
          },
        ]
      }
      projects: {
        Row: {
          archived: boolean
          budget: Database["app"]["CompositeTypes"]["money_amount"] | null
          budgets: Database["app"]["CompositeTypes"]["money_amount"][] | null
          id: number
          key: string | null
          name: string
          org_id: string
        }
        Insert: {
          archived?: boolean
          budget?: Database["app"]["CompositeTypes"]["money_amount"] | null
          budgets?: Database["app"]["CompositeTypes"]["money_amount"][] | null
          id?: never
          key?: never
          name: string
          org_id: string
        }
        Update: {
          archived?: boolean
          budget?: Database["app"]["CompositeTypes"]["money_amount"] | null
          budgets?: Database["app"]["CompositeTypes"]["money_amount"][] | null
          id?: never
          key?: never
          name?: string
          org_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "projects_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "org_stats"
            referencedColumns: ["org_id"]
          },
          {
            foreignKeyName: "projects_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      task_labels: {
        Row: {
          label_id: number
          task_id: number
        }
        Insert: {
          label_id: number
          task_id: number
        }
        Update: {
          label_id?: number
          task_id?: number
        }
        Relationships: [
          {
            foreignKeyName: "task_labels_label_id_fkey"
            columns: ["label_id"]
            isOneToOne: false
            referencedRelation: "labels"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "task_labels_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      task_links: {
        Row: {
          note: string | null
          org_id: string
          project_id: number
          task_id: number
        }
        Insert: {
          note?: string | null
          org_id: string
          project_id: number
          task_id: number
        }
        Update: {
          note?: string | null
          org_id?: string
          project_id?: number
          task_id?: number
        }
        Relationships: [
          {
            foreignKeyName: "task_links_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id", "org_id"]
          },
          {
            foreignKeyName: "task_links_task_fk"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_links_task_fk"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_links_task_fk"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "task_links_task_fk"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      tasks: {
        Row: {
          assignee: string | null
          due: string | null
          estimate: number | null
          id: number
          org_id: string
          parent_id: number | null
          project_id: number
          search: unknown
          status: Database["app"]["Enums"]["task_status"]
          status_history: Database["app"]["Enums"]["task_status"][]
          tags: string[] | null
          title: string
          full_title: string | null
          label_names: string[] | null
          project_of: {
            archived: boolean
            budget: Database["app"]["CompositeTypes"]["money_amount"] | null
            budgets: Database["app"]["CompositeTypes"]["money_amount"][] | null
            id: number
            key: string | null
            name: string
            org_id: string
          } | null
        }
        Insert: {
          assignee?: string | null
          due?: string | null
          estimate?: number | null
          id?: number
          org_id: string
          parent_id?: number | null
          project_id: number
          search?: never
          status?: Database["app"]["Enums"]["task_status"]
          status_history?: Database["app"]["Enums"]["task_status"][]
          tags?: string[] | null
          title: string
        }
        Update: {
          assignee?: string | null
          due?: string | null
          estimate?: number | null
          id?: number
          org_id?: string
          parent_id?: number | null
          project_id?: number
          search?: never
          status?: Database["app"]["Enums"]["task_status"]
          status_history?: Database["app"]["Enums"]["task_status"][]
          tags?: string[] | null
          title?: string
        }
        Relationships: [
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id", "org_id"]
          },
        ]
      }
    }
    Views: {
      open_tasks: {
        Row: {
          id: number | null
          org_id: string | null
          parent_id: number | null
          project_id: number | null
          status: Database["app"]["Enums"]["task_status"] | null
          title: string | null
        }
        Insert: {
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Update: {
          id?: number | null
          org_id?: string | null
          parent_id?: number | null
          project_id?: number | null
          status?: Database["app"]["Enums"]["task_status"] | null
          title?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_project_fk"
            columns: ["project_id", "org_id"]
            isOneToOne: false
            referencedRelation: "projects"
            referencedColumns: ["id", "org_id"]
          },
        ]
      }
      org_stats: {
        Row: {
          org_id: string | null
          projects: number | null
          tasks: number | null
        }
        Relationships: []
      }
      task_tree: {
        Row: {
          id: number | null
          parent_id: number | null
          parent_ref: number | null
          parent_task_id: number | null
          parent_title: string | null
          title: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_ref"]
            isOneToOne: false
            referencedRelation: "open_tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_ref"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_ref"]
            isOneToOne: false
            referencedRelation: "task_tree"
            referencedColumns: ["parent_task_id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_parent_id_fkey"
            columns: ["parent_ref"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      full_title: {
        Args: { "": Database["app"]["Tables"]["tasks"]["Row"] }
        Returns: {
          error: true
        } & "the function app.full_title with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      label_names: {
        Args: { "": Database["app"]["Tables"]["tasks"]["Row"] }
        Returns: {
          error: true
        } & "the function app.label_names with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      project_of: {
        Args: { "": Database["app"]["Tables"]["tasks"]["Row"] }
        Returns: {
          archived: boolean
          budget: Database["app"]["CompositeTypes"]["money_amount"] | null
          budgets: Database["app"]["CompositeTypes"]["money_amount"][] | null
          id: number
          key: string | null
          name: string
          org_id: string
        }
        SetofOptions: {
          from: "app.tasks"
          to: "projects"
          isOneToOne: true
          isSetofReturn: false
        }
      }
    }
    Enums: {
      plan_tier: "free" | "pro" | "enterprise"
      task_status:
        | "to do"
        | "in progress"
        | "won't fix"
        | '"blocked"'
        | "déjà vu"
        | "🚀 shipped"
        | "back\\slash"
        | 'it\'s "done"'
        | "UPPER"
        | "1st"
    }
    CompositeTypes: {
      money_amount: {
        currency: string | null
        cents: number | null
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
  api: {
    Enums: {},
  },
  app: {
    Enums: {
      plan_tier: ["free", "pro", "enterprise"],
      task_status: [
        "to do",
        "in progress",
        "won't fix",
        '"blocked"',
        "déjà vu",
        "🚀 shipped",
        "back\\slash",
        'it\'s "done"',
        "UPPER",
        "1st",
      ],
    },
  },
} as const

