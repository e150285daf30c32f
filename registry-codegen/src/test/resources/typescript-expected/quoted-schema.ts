export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  edge: {
    Tables: {
      a_table_with_an_exceptionally_long_name_to_force_wrapping_of_li: {
        Row: {
          a_column_with_a_long_name_that_uses_an_enum:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          another_column_with_a_long_name_and_array: Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"][]
          hidden_pair: unknown
          hidden_status: "draft" | "published" | "archived" | null
          hidden_status_array: ("draft" | "published" | "archived")[] | null
          id: number
          Ünïcödé: number | null
          wide: Database["edge"]["CompositeTypes"]["wide"] | null
          日本語: string | null
        }
        Insert: {
          a_column_with_a_long_name_that_uses_an_enum?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          another_column_with_a_long_name_and_array: Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"][]
          hidden_pair?: unknown
          hidden_status?: "draft" | "published" | "archived" | null
          hidden_status_array?: ("draft" | "published" | "archived")[] | null
          id: number
          Ünïcödé?: number | null
          wide?: Database["edge"]["CompositeTypes"]["wide"] | null
          日本語?: string | null
        }
        Update: {
          a_column_with_a_long_name_that_uses_an_enum?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          another_column_with_a_long_name_and_array?: Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"][]
          hidden_pair?: unknown
          hidden_status?: "draft" | "published" | "archived" | null
          hidden_status_array?: ("draft" | "published" | "archived")[] | null
          id?: number
          Ünïcödé?: number | null
          wide?: Database["edge"]["CompositeTypes"]["wide"] | null
          日本語?: string | null
        }
        Relationships: []
      }
      child: {
        Row: {
          first_key_column_with_long_name: number | null
          id: number
          other_table_id: number | null
          parent_row_id: number | null
          review_states:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name: number | null
          third_key_column_with_long_name: number | null
          child_label: string | null
          child_parent: {
            first_key_column_with_long_name: number | null
            id: number
            other_table_id: number | null
            parent_row_id: number | null
            review_states:
              | (
                  | "awaiting_first_review_by_editor"
                  | "awaiting_second_review_by_editor"
                  | "approved_for_publication"
                )[]
              | null
            second_key_column_with_long_name: number | null
            third_key_column_with_long_name: number | null
          } | null
          child_siblings: {
            first_key_column_with_long_name: number | null
            id: number
            other_table_id: number | null
            parent_row_id: number | null
            review_states:
              | (
                  | "awaiting_first_review_by_editor"
                  | "awaiting_second_review_by_editor"
                  | "approved_for_publication"
                )[]
              | null
            second_key_column_with_long_name: number | null
            third_key_column_with_long_name: number | null
          } | null
        }
        Insert: {
          first_key_column_with_long_name?: number | null
          id: number
          other_table_id?: number | null
          parent_row_id?: number | null
          review_states?:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name?: number | null
          third_key_column_with_long_name?: number | null
        }
        Update: {
          first_key_column_with_long_name?: number | null
          id?: number
          other_table_id?: number | null
          parent_row_id?: number | null
          review_states?:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name?: number | null
          third_key_column_with_long_name?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view_of_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "ruled_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_references_parent_with_a_really_long_constraint_name"
            columns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
            isOneToOne: false
            referencedRelation: "parent"
            referencedColumns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
          },
          {
            foreignKeyName: "child_references_parent_with_a_really_long_constraint_name"
            columns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
            isOneToOne: false
            referencedRelation: "parent_view"
            referencedColumns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
          },
        ]
      }
      parent: {
        Row: {
          first_key_column_with_long_name: number
          second_key_column_with_long_name: number
          third_key_column_with_long_name: number
        }
        Insert: {
          first_key_column_with_long_name: number
          second_key_column_with_long_name: number
          third_key_column_with_long_name: number
        }
        Update: {
          first_key_column_with_long_name?: number
          second_key_column_with_long_name?: number
          third_key_column_with_long_name?: number
        }
        Relationships: []
      }
      remote_rows: {
        Row: {
          email: string | null
          id: number
          label: string | null
          payload: Json | null
        }
        Insert: {
          email?: string | null
          id: number
          label?: string | null
          payload?: Json | null
        }
        Update: {
          email?: string | null
          id?: number
          label?: string | null
          payload?: Json | null
        }
        Relationships: []
      }
      widths: {
        Row: {
          cxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          id: number
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown
        }
        Insert: {
          cxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          id: number
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
        }
        Update: {
          cxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?:
            | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"]
            | null
          id?: number
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
          pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx?: unknown
        }
        Relationships: []
      }
    }
    Views: {
      child_view: {
        Row: {
          f1: number | null
          f2: number | null
          f3: number | null
          id: number | null
          parent_row_id: number | null
        }
        Insert: {
          f1?: number | null
          f2?: number | null
          f3?: number | null
          id?: number | null
          parent_row_id?: number | null
        }
        Update: {
          f1?: number | null
          f2?: number | null
          f3?: number | null
          id?: number | null
          parent_row_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view_of_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "ruled_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_references_parent_with_a_really_long_constraint_name"
            columns: ["f1", "f2", "f3"]
            isOneToOne: false
            referencedRelation: "parent"
            referencedColumns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
          },
          {
            foreignKeyName: "child_references_parent_with_a_really_long_constraint_name"
            columns: ["f1", "f2", "f3"]
            isOneToOne: false
            referencedRelation: "parent_view"
            referencedColumns: [
              "first_key_column_with_long_name",
              "second_key_column_with_long_name",
              "third_key_column_with_long_name",
            ]
          },
        ]
      }
      child_view_of_view: {
        Row: {
          id: number | null
          parent_row_id: number | null
        }
        Insert: {
          id?: number | null
          parent_row_id?: number | null
        }
        Update: {
          id?: number | null
          parent_row_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view_of_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "ruled_view"
            referencedColumns: ["id"]
          },
        ]
      }
      parent_view: {
        Row: {
          first_key_column_with_long_name: number | null
          second_key_column_with_long_name: number | null
          third_key_column_with_long_name: number | null
        }
        Insert: {
          first_key_column_with_long_name?: number | null
          second_key_column_with_long_name?: number | null
          third_key_column_with_long_name?: number | null
        }
        Update: {
          first_key_column_with_long_name?: number | null
          second_key_column_with_long_name?: number | null
          third_key_column_with_long_name?: number | null
        }
        Relationships: []
      }
      ruled_view: {
        Row: {
          id: number | null
          parent_row_id: number | null
        }
        Insert: {
          id?: number | null
          parent_row_id?: number | null
        }
        Update: {
          id?: number | null
          parent_row_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "child_view_of_view"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "child_parent_row_id_fkey"
            columns: ["parent_row_id"]
            isOneToOne: false
            referencedRelation: "ruled_view"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      "1numeric_start": { Args: Record<PropertyKey, never>; Returns: number }
      axxxx: { Args: { a_number: number; b_text: string }; Returns: number }
      axxxxx: { Args: { a_number: number; b_text: string }; Returns: number }
      axxxxxx: { Args: { a_number: number; b_text: string }; Returns: number }
      axxxxxxx: { Args: { a_number: number; b_text: string }; Returns: number }
      axxxxxxxx: { Args: { a_number: number; b_text: string }; Returns: number }
      axxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      axxxxxxxxxxxxxxxx: {
        Args: { a_number: number; b_text: string }
        Returns: number
      }
      child_label: {
        Args: { c: Database["edge"]["Tables"]["child"]["Row"] }
        Returns: string
      }
      child_parent: {
        Args: { "": Database["edge"]["Tables"]["child"]["Row"] }
        Returns: {
          first_key_column_with_long_name: number | null
          id: number
          other_table_id: number | null
          parent_row_id: number | null
          review_states:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name: number | null
          third_key_column_with_long_name: number | null
        }
        SetofOptions: {
          from: "edge.child"
          to: "child"
          isOneToOne: true
          isSetofReturn: true
        }
      }
      child_siblings: {
        Args: { "": Database["edge"]["Tables"]["child"]["Row"] }
        Returns: {
          first_key_column_with_long_name: number | null
          id: number
          other_table_id: number | null
          parent_row_id: number | null
          review_states:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name: number | null
          third_key_column_with_long_name: number | null
        }[]
        SetofOptions: {
          from: "edge.child"
          to: "child"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      composite_set: {
        Args: Record<PropertyKey, never>
        Returns: Database["edge"]["CompositeTypes"]["wide"]
        SetofOptions: {
          from: "*"
          to: "wide"
          isOneToOne: true
          isSetofReturn: true
        }
      }
      f: { Args: Record<PropertyKey, never>; Returns: number }
      function_with_many_arguments_and_a_long_name: {
        Args: {
          first_argument: string
          fourth_argument?: Json
          second_argument: number
          third_argument: boolean
        }
        Returns: {
          first_key_column_with_long_name: number | null
          id: number
          other_table_id: number | null
          parent_row_id: number | null
          review_states:
            | (
                | "awaiting_first_review_by_editor"
                | "awaiting_second_review_by_editor"
                | "approved_for_publication"
              )[]
            | null
          second_key_column_with_long_name: number | null
          third_key_column_with_long_name: number | null
        }[]
        SetofOptions: {
          from: "*"
          to: "child"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      g:
        | { Args: { x: number }; Returns: number }
        | { Args: { x: number; y: number }; Returns: number }
      in_out: { Args: { counter: number }; Returns: Record<string, unknown> }
      "Quoted Name": { Args: { value: string }; Returns: string }
      returns_hidden_status: {
        Args: Record<PropertyKey, never>
        Returns: "draft" | "published" | "archived"
      }
      returns_hidden_statuses: {
        Args: Record<PropertyKey, never>
        Returns: "draft" | "published" | "archived"[]
      }
      returns_other_table: {
        Args: Record<PropertyKey, never>
        Returns: unknown[]
        SetofOptions: {
          from: "*"
          to: "things"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      review_states_of: {
        Args: {
          states?: (
            | "awaiting_first_review_by_editor"
            | "awaiting_second_review_by_editor"
            | "approved_for_publication"
          )[]
        }
        Returns: (
          | "awaiting_first_review_by_editor"
          | "awaiting_second_review_by_editor"
          | "approved_for_publication"
        )[]
      }
      set_of_rows_estimate: {
        Args: Record<PropertyKey, never>
        Returns: number[]
      }
      table_of_hidden: {
        Args: Record<PropertyKey, never>
        Returns: {
          p: unknown
          s: "draft" | "published" | "archived"
          w: Database["edge"]["CompositeTypes"]["wide"]
        }[]
      }
      takes_other_row: {
        Args: { "": unknown }
        Returns: {
          error: true
        } & "the function edge.takes_other_row with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      unnamed_text_default:
        | {
            Args: Record<PropertyKey, never>
            Returns: {
              error: true
            } & "Could not choose the best candidate function between: edge.unnamed_text_default(), edge.unnamed_text_default( => text). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
          }
        | { Args: { ""?: string }; Returns: string }
      wxxxxxxxxxxxxxx: { Args: Record<PropertyKey, never>; Returns: number }
      wxxxxxxxxxxxxxxx: { Args: Record<PropertyKey, never>; Returns: number }
      wxxxxxxxxxxxxxxxx: { Args: Record<PropertyKey, never>; Returns: number }
      wxxxxxxxxxxxxxxxxx: { Args: Record<PropertyKey, never>; Returns: number }
      wxxxxxxxxxxxxxxxxxx: { Args: Record<PropertyKey, never>; Returns: number }
      wxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      wxxxxxxxxxxxxxxxxxxxxxxxxxx: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
    }
    Enums: {
      ex: "label_1y" | "label_2y" | "label_3y" | "label_4y" | "label_5y"
      exx: "label_1yy" | "label_2yy" | "label_3yy" | "label_4yy" | "label_5yy"
      exxx:
        | "label_1yyy"
        | "label_2yyy"
        | "label_3yyy"
        | "label_4yyy"
        | "label_5yyy"
      exxxx:
        | "label_1yyyy"
        | "label_2yyyy"
        | "label_3yyyy"
        | "label_4yyyy"
        | "label_5yyyy"
      exxxxx:
        | "label_1yyyyy"
        | "label_2yyyyy"
        | "label_3yyyyy"
        | "label_4yyyyy"
        | "label_5yyyyy"
      exxxxxx:
        | "label_1yyyyyy"
        | "label_2yyyyyy"
        | "label_3yyyyyy"
        | "label_4yyyyyy"
        | "label_5yyyyyy"
      single: "only"
      very_long_enumeration_type_name_for_wrapping:
        | "first_extremely_long_label_value"
        | "second_extremely_long_label_value"
        | "third_extremely_long_label_value"
    }
    CompositeTypes: {
      wide: {
        a_very_long_attribute_name_that_goes_on:
          | Database["edge"]["Enums"]["very_long_enumeration_type_name_for_wrapping"][]
          | null
        other_status: "draft" | "published" | "archived" | null
        pair: unknown
        nested: Database["edge"]["Enums"]["single"] | null
      }
    }
  }
  "Odd Schema": {
    Tables: {
      owners: {
        Row: {
          "Display Name": string | null
          id: number
          pet_count: number | null
        }
        Insert: {
          "Display Name"?: string | null
          id: number
        }
        Update: {
          "Display Name"?: string | null
          id?: number
        }
        Relationships: []
      }
      pets: {
        Row: {
          id: number
          owner_id: number | null
        }
        Insert: {
          id: number
          owner_id?: number | null
        }
        Update: {
          id?: number
          owner_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "pets_owner_id_fkey"
            columns: null
            isOneToOne: false
            referencedRelation: "owners"
            referencedColumns: null
          },
        ]
      }
    }
    Views: {
      pet_owners: {
        Row: {
          id: number | null
          owner_id: number | null
        }
        Insert: {
          id?: number | null
          owner_id?: number | null
        }
        Update: {
          id?: number | null
          owner_id?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "pets_owner_id_fkey"
            columns: ["owner_id"]
            isOneToOne: false
            referencedRelation: "owners"
            referencedColumns: null
          },
        ]
      }
    }
    Functions: {
      pet_count: {
        Args: { owner: Database["Odd Schema"]["Tables"]["owners"]["Row"] }
        Returns: number
      }
    }
    Enums: {
      Mood: "calm" | "wild"
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
  edge: {
    Enums: {
      ex: ["label_1y", "label_2y", "label_3y", "label_4y", "label_5y"],
      exx: ["label_1yy", "label_2yy", "label_3yy", "label_4yy", "label_5yy"],
      exxx: [
        "label_1yyy",
        "label_2yyy",
        "label_3yyy",
        "label_4yyy",
        "label_5yyy",
      ],
      exxxx: [
        "label_1yyyy",
        "label_2yyyy",
        "label_3yyyy",
        "label_4yyyy",
        "label_5yyyy",
      ],
      exxxxx: [
        "label_1yyyyy",
        "label_2yyyyy",
        "label_3yyyyy",
        "label_4yyyyy",
        "label_5yyyyy",
      ],
      exxxxxx: [
        "label_1yyyyyy",
        "label_2yyyyyy",
        "label_3yyyyyy",
        "label_4yyyyyy",
        "label_5yyyyyy",
      ],
      single: ["only"],
      very_long_enumeration_type_name_for_wrapping: [
        "first_extremely_long_label_value",
        "second_extremely_long_label_value",
        "third_extremely_long_label_value",
      ],
    },
  },
  "Odd Schema": {
    Enums: {
      Mood: ["calm", "wild"],
    },
  },
} as const

