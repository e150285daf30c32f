export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  inventory: {
    Tables: {
      "2024_snapshots": {
        Row: {
          id: number | null
          taken: string | null
        }
        Insert: {
          id?: number | null
          taken?: string | null
        }
        Update: {
          id?: number | null
          taken?: string | null
        }
        Relationships: []
      }
      all_dropped: {
        Row: {}
        Insert: {}
        Update: {}
        Relationships: []
      }
      CamelItems: {
        Row: {
          id: number
          ItemId: string | null
        }
        Insert: {
          id: number
          ItemId?: string | null
        }
        Update: {
          id?: number
          ItemId?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "CamelItems_ItemId_fkey"
            columns: ["ItemId"]
            isOneToOne: false
            referencedRelation: "item_prices"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "CamelItems_ItemId_fkey"
            columns: ["ItemId"]
            isOneToOne: false
            referencedRelation: "items"
            referencedColumns: ["id"]
          },
        ]
      }
      items: {
        Row: {
          alt_skus: unknown[] | null
          c_bit: unknown
          c_bool: boolean | null
          c_bool_arr: boolean[] | null
          c_box: unknown
          c_bpchar: string | null
          c_bytea: string | null
          c_bytea_arr: string[] | null
          c_char: string | null
          c_cidr: unknown
          c_circle: unknown
          c_date: string | null
          c_date_arr: string[] | null
          c_daterange: unknown
          c_default_null: string | null
          c_double: number | null
          c_gen_price: number | null
          c_ident: number
          c_inet: unknown
          c_int_2d: number[] | null
          c_int_arr: number[]
          c_int2: number | null
          c_int4: number | null
          c_int4multirange: unknown
          c_int4range: unknown
          c_int8: number
          c_int8range: unknown
          c_interval: string | null
          c_interval_arr: string[] | null
          c_json: Json | null
          c_json_arr: Json[]
          c_json_nn: NonNullable<Json>
          c_jsonb: Json | null
          c_jsonb_arr: Json[] | null
          c_jsonb_nn: NonNullable<Json>
          c_jsonpath: unknown
          c_line: unknown
          c_macaddr: unknown
          c_macaddr8: unknown
          c_money: unknown
          c_name: unknown
          c_nn_default_null: string
          c_numeric: number | null
          c_numeric_arr: number[] | null
          c_numrange: unknown
          c_oid: unknown
          c_pg_lsn: unknown
          c_point: unknown
          c_polygon: unknown
          c_qchar: unknown
          c_real: number | null
          c_regclass: unknown
          c_serial8: number
          c_smallserial: number
          c_text: string | null
          c_text_3d: string[] | null
          c_time: string | null
          c_timetz: string | null
          c_ts: string | null
          c_ts_arr: string[] | null
          c_tsquery: unknown
          c_tstz: string | null
          c_tstzrange: unknown
          c_tsvector: unknown
          c_txid_snapshot: unknown
          c_uuid_arr: string[] | null
          c_varbit: unknown
          c_varchar: string | null
          c_xml: unknown
          dims: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id: string
          label: Database["inventory"]["Enums"]["tab_label"] | null
          legacy: unknown[] | null
          note: string
          price: number | null
          prices: unknown[]
          qty: number
          ref_status: Database["ref_data"]["Enums"]["status"] | null
          sale_price: unknown
          sku: string
          skus: unknown[] | null
          status: Database["inventory"]["Enums"]["status"] | null
          statuses: Database["inventory"]["Enums"]["status"][] | null
          supplier:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit: Database["inventory"]["Enums"]["Unit Of Measure"] | null
          dims_of: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          note_len: number | null
        }
        Insert: {
          alt_skus?: unknown[] | null
          c_bit?: unknown
          c_bool?: boolean | null
          c_bool_arr?: boolean[] | null
          c_box?: unknown
          c_bpchar?: string | null
          c_bytea?: string | null
          c_bytea_arr?: string[] | null
          c_char?: string | null
          c_cidr?: unknown
          c_circle?: unknown
          c_date?: string | null
          c_date_arr?: string[] | null
          c_daterange?: unknown
          c_default_null?: string | null
          c_double?: number | null
          c_gen_price?: never
          c_ident?: number
          c_inet?: unknown
          c_int_2d?: number[] | null
          c_int_arr: number[]
          c_int2?: number | null
          c_int4?: number | null
          c_int4multirange?: unknown
          c_int4range?: unknown
          c_int8?: number
          c_int8range?: unknown
          c_interval?: string | null
          c_interval_arr?: string[] | null
          c_json?: Json | null
          c_json_arr?: Json[]
          c_json_nn?: NonNullable<Json>
          c_jsonb?: Json | null
          c_jsonb_arr?: Json[] | null
          c_jsonb_nn?: NonNullable<Json>
          c_jsonpath?: unknown
          c_line?: unknown
          c_macaddr?: unknown
          c_macaddr8?: unknown
          c_money?: unknown
          c_name?: unknown
          c_nn_default_null: string
          c_numeric?: number | null
          c_numeric_arr?: number[] | null
          c_numrange?: unknown
          c_oid?: unknown
          c_pg_lsn?: unknown
          c_point?: unknown
          c_polygon?: unknown
          c_qchar?: unknown
          c_real?: number | null
          c_regclass?: unknown
          c_serial8?: number
          c_smallserial?: number
          c_text?: string | null
          c_text_3d?: string[] | null
          c_time?: string | null
          c_timetz?: string | null
          c_ts?: string | null
          c_ts_arr?: string[] | null
          c_tsquery?: unknown
          c_tstz?: string | null
          c_tstzrange?: unknown
          c_tsvector?: unknown
          c_txid_snapshot?: unknown
          c_uuid_arr?: string[] | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string
          label?: Database["inventory"]["Enums"]["tab_label"] | null
          legacy?: unknown[] | null
          note: string
          price?: number | null
          prices?: unknown[]
          qty: number
          ref_status?: Database["ref_data"]["Enums"]["status"] | null
          sale_price?: unknown
          sku: string
          skus?: unknown[] | null
          status?: Database["inventory"]["Enums"]["status"] | null
          statuses?: Database["inventory"]["Enums"]["status"][] | null
          supplier?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit?: Database["inventory"]["Enums"]["Unit Of Measure"] | null
        }
        Update: {
          alt_skus?: unknown[] | null
          c_bit?: unknown
          c_bool?: boolean | null
          c_bool_arr?: boolean[] | null
          c_box?: unknown
          c_bpchar?: string | null
          c_bytea?: string | null
          c_bytea_arr?: string[] | null
          c_char?: string | null
          c_cidr?: unknown
          c_circle?: unknown
          c_date?: string | null
          c_date_arr?: string[] | null
          c_daterange?: unknown
          c_default_null?: string | null
          c_double?: number | null
          c_gen_price?: never
          c_ident?: number
          c_inet?: unknown
          c_int_2d?: number[] | null
          c_int_arr?: number[]
          c_int2?: number | null
          c_int4?: number | null
          c_int4multirange?: unknown
          c_int4range?: unknown
          c_int8?: number
          c_int8range?: unknown
          c_interval?: string | null
          c_interval_arr?: string[] | null
          c_json?: Json | null
          c_json_arr?: Json[]
          c_json_nn?: NonNullable<Json>
          c_jsonb?: Json | null
          c_jsonb_arr?: Json[] | null
          c_jsonb_nn?: NonNullable<Json>
          c_jsonpath?: unknown
          c_line?: unknown
          c_macaddr?: unknown
          c_macaddr8?: unknown
          c_money?: unknown
          c_name?: unknown
          c_nn_default_null?: string
          c_numeric?: number | null
          c_numeric_arr?: number[] | null
          c_numrange?: unknown
          c_oid?: unknown
          c_pg_lsn?: unknown
          c_point?: unknown
          c_polygon?: unknown
          c_qchar?: unknown
          c_real?: number | null
          c_regclass?: unknown
          c_serial8?: number
          c_smallserial?: number
          c_text?: string | null
          c_text_3d?: string[] | null
          c_time?: string | null
          c_timetz?: string | null
          c_ts?: string | null
          c_ts_arr?: string[] | null
          c_tsquery?: unknown
          c_tstz?: string | null
          c_tstzrange?: unknown
          c_tsvector?: unknown
          c_txid_snapshot?: unknown
          c_uuid_arr?: string[] | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string
          label?: Database["inventory"]["Enums"]["tab_label"] | null
          legacy?: unknown[] | null
          note?: string
          price?: number | null
          prices?: unknown[]
          qty?: number
          ref_status?: Database["ref_data"]["Enums"]["status"] | null
          sale_price?: unknown
          sku?: string
          skus?: unknown[] | null
          status?: Database["inventory"]["Enums"]["status"] | null
          statuses?: Database["inventory"]["Enums"]["status"][] | null
          supplier?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit?: Database["inventory"]["Enums"]["Unit Of Measure"] | null
        }
        Relationships: []
      }
      items_archive: {
        Row: {
          alt_skus: unknown[] | null
          c_bit: unknown
          c_bool: boolean | null
          c_bool_arr: boolean[] | null
          c_box: unknown
          c_bpchar: string | null
          c_bytea: string | null
          c_bytea_arr: string[] | null
          c_char: string | null
          c_cidr: unknown
          c_circle: unknown
          c_date: string | null
          c_date_arr: string[] | null
          c_daterange: unknown
          c_default_null: string | null
          c_double: number | null
          c_gen_price: number | null
          c_ident: number
          c_inet: unknown
          c_int_2d: number[] | null
          c_int_arr: number[]
          c_int2: number | null
          c_int4: number | null
          c_int4multirange: unknown
          c_int4range: unknown
          c_int8: number
          c_int8range: unknown
          c_interval: string | null
          c_interval_arr: string[] | null
          c_json: Json | null
          c_json_arr: Json[]
          c_json_nn: NonNullable<Json>
          c_jsonb: Json | null
          c_jsonb_arr: Json[] | null
          c_jsonb_nn: NonNullable<Json>
          c_jsonpath: unknown
          c_line: unknown
          c_macaddr: unknown
          c_macaddr8: unknown
          c_money: unknown
          c_name: unknown
          c_nn_default_null: string
          c_numeric: number | null
          c_numeric_arr: number[] | null
          c_numrange: unknown
          c_oid: unknown
          c_pg_lsn: unknown
          c_point: unknown
          c_polygon: unknown
          c_qchar: unknown
          c_real: number | null
          c_regclass: unknown
          c_serial8: number
          c_smallserial: number
          c_text: string | null
          c_text_3d: string[] | null
          c_time: string | null
          c_timetz: string | null
          c_ts: string | null
          c_ts_arr: string[] | null
          c_tsquery: unknown
          c_tstz: string | null
          c_tstzrange: unknown
          c_tsvector: unknown
          c_txid_snapshot: unknown
          c_uuid_arr: string[] | null
          c_varbit: unknown
          c_varchar: string | null
          c_xml: unknown
          dims: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id: string
          label: Database["inventory"]["Enums"]["tab_label"] | null
          legacy: unknown[] | null
          note: string
          price: number | null
          prices: unknown[]
          qty: number
          ref_status: Database["ref_data"]["Enums"]["status"] | null
          sale_price: unknown
          sku: string
          skus: unknown[] | null
          status: Database["inventory"]["Enums"]["status"] | null
          statuses: Database["inventory"]["Enums"]["status"][] | null
          supplier:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit: Database["inventory"]["Enums"]["Unit Of Measure"] | null
          note_len: number | null
        }
        Insert: {
          alt_skus?: unknown[] | null
          c_bit?: unknown
          c_bool?: boolean | null
          c_bool_arr?: boolean[] | null
          c_box?: unknown
          c_bpchar?: string | null
          c_bytea?: string | null
          c_bytea_arr?: string[] | null
          c_char?: string | null
          c_cidr?: unknown
          c_circle?: unknown
          c_date?: string | null
          c_date_arr?: string[] | null
          c_daterange?: unknown
          c_default_null?: string | null
          c_double?: number | null
          c_gen_price?: never
          c_ident?: number
          c_inet?: unknown
          c_int_2d?: number[] | null
          c_int_arr: number[]
          c_int2?: number | null
          c_int4?: number | null
          c_int4multirange?: unknown
          c_int4range?: unknown
          c_int8?: number
          c_int8range?: unknown
          c_interval?: string | null
          c_interval_arr?: string[] | null
          c_json?: Json | null
          c_json_arr?: Json[]
          c_json_nn?: NonNullable<Json>
          c_jsonb?: Json | null
          c_jsonb_arr?: Json[] | null
          c_jsonb_nn?: NonNullable<Json>
          c_jsonpath?: unknown
          c_line?: unknown
          c_macaddr?: unknown
          c_macaddr8?: unknown
          c_money?: unknown
          c_name?: unknown
          c_nn_default_null: string
          c_numeric?: number | null
          c_numeric_arr?: number[] | null
          c_numrange?: unknown
          c_oid?: unknown
          c_pg_lsn?: unknown
          c_point?: unknown
          c_polygon?: unknown
          c_qchar?: unknown
          c_real?: number | null
          c_regclass?: unknown
          c_serial8?: number
          c_smallserial?: number
          c_text?: string | null
          c_text_3d?: string[] | null
          c_time?: string | null
          c_timetz?: string | null
          c_ts?: string | null
          c_ts_arr?: string[] | null
          c_tsquery?: unknown
          c_tstz?: string | null
          c_tstzrange?: unknown
          c_tsvector?: unknown
          c_txid_snapshot?: unknown
          c_uuid_arr?: string[] | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string
          label?: Database["inventory"]["Enums"]["tab_label"] | null
          legacy?: unknown[] | null
          note: string
          price?: number | null
          prices?: unknown[]
          qty: number
          ref_status?: Database["ref_data"]["Enums"]["status"] | null
          sale_price?: unknown
          sku: string
          skus?: unknown[] | null
          status?: Database["inventory"]["Enums"]["status"] | null
          statuses?: Database["inventory"]["Enums"]["status"][] | null
          supplier?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit?: Database["inventory"]["Enums"]["Unit Of Measure"] | null
        }
        Update: {
          alt_skus?: unknown[] | null
          c_bit?: unknown
          c_bool?: boolean | null
          c_bool_arr?: boolean[] | null
          c_box?: unknown
          c_bpchar?: string | null
          c_bytea?: string | null
          c_bytea_arr?: string[] | null
          c_char?: string | null
          c_cidr?: unknown
          c_circle?: unknown
          c_date?: string | null
          c_date_arr?: string[] | null
          c_daterange?: unknown
          c_default_null?: string | null
          c_double?: number | null
          c_gen_price?: never
          c_ident?: number
          c_inet?: unknown
          c_int_2d?: number[] | null
          c_int_arr?: number[]
          c_int2?: number | null
          c_int4?: number | null
          c_int4multirange?: unknown
          c_int4range?: unknown
          c_int8?: number
          c_int8range?: unknown
          c_interval?: string | null
          c_interval_arr?: string[] | null
          c_json?: Json | null
          c_json_arr?: Json[]
          c_json_nn?: NonNullable<Json>
          c_jsonb?: Json | null
          c_jsonb_arr?: Json[] | null
          c_jsonb_nn?: NonNullable<Json>
          c_jsonpath?: unknown
          c_line?: unknown
          c_macaddr?: unknown
          c_macaddr8?: unknown
          c_money?: unknown
          c_name?: unknown
          c_nn_default_null?: string
          c_numeric?: number | null
          c_numeric_arr?: number[] | null
          c_numrange?: unknown
          c_oid?: unknown
          c_pg_lsn?: unknown
          c_point?: unknown
          c_polygon?: unknown
          c_qchar?: unknown
          c_real?: number | null
          c_regclass?: unknown
          c_serial8?: number
          c_smallserial?: number
          c_text?: string | null
          c_text_3d?: string[] | null
          c_time?: string | null
          c_timetz?: string | null
          c_ts?: string | null
          c_ts_arr?: string[] | null
          c_tsquery?: unknown
          c_tstz?: string | null
          c_tstzrange?: unknown
          c_tsvector?: unknown
          c_txid_snapshot?: unknown
          c_uuid_arr?: string[] | null
          c_varbit?: unknown
          c_varchar?: string | null
          c_xml?: unknown
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string
          label?: Database["inventory"]["Enums"]["tab_label"] | null
          legacy?: unknown[] | null
          note?: string
          price?: number | null
          prices?: unknown[]
          qty?: number
          ref_status?: Database["ref_data"]["Enums"]["status"] | null
          sale_price?: unknown
          sku?: string
          skus?: unknown[] | null
          status?: Database["inventory"]["Enums"]["status"] | null
          statuses?: Database["inventory"]["Enums"]["status"][] | null
          supplier?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers?:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit?: Database["inventory"]["Enums"]["Unit Of Measure"] | null
        }
        Relationships: []
      }
      nothing: {
        Row: {}
        Insert: {}
        Update: {}
        Relationships: []
      }
      "Order Lines": {
        Row: {
          _: string | null
          __proto__: string | null
          $: string | null
          "0": number | null
          "123": number | null
          "1e3": number | null
          a·b: string | null
          a٣: string | null
          ÄÖÜ: string | null
          constructor: string | null
          default: string | null
          ǅ: string | null
          é: string | null
          from: string | null
          "has.dot": string | null
          "has'quote": string | null
          'has"dq': string | null
          Id: number
          "item-id": string | null
          select: string | null
          Straße: string | null
          toString: string | null
          "trailing ": string | null
          𝑥: string | null
          x‿y: string | null
          Ⅻ: string | null
          zwnj‌x: string | null
          tally: number | null
        }
        Insert: {
          _?: string | null
          __proto__?: string | null
          $?: string | null
          "0"?: number | null
          "123"?: number | null
          "1e3"?: number | null
          a·b?: string | null
          a٣?: string | null
          ÄÖÜ?: string | null
          constructor?: string | null
          default?: string | null
          ǅ?: string | null
          é?: string | null
          from?: string | null
          "has.dot"?: string | null
          "has'quote"?: string | null
          'has"dq'?: string | null
          Id: number
          "item-id"?: string | null
          select?: string | null
          Straße?: string | null
          toString?: string | null
          "trailing "?: string | null
          𝑥?: string | null
          x‿y?: string | null
          Ⅻ?: string | null
          zwnj‌x?: string | null
        }
        Update: {
          _?: string | null
          __proto__?: string | null
          $?: string | null
          "0"?: number | null
          "123"?: number | null
          "1e3"?: number | null
          a·b?: string | null
          a٣?: string | null
          ÄÖÜ?: string | null
          constructor?: string | null
          default?: string | null
          ǅ?: string | null
          é?: string | null
          from?: string | null
          "has.dot"?: string | null
          "has'quote"?: string | null
          'has"dq'?: string | null
          Id?: number
          "item-id"?: string | null
          select?: string | null
          Straße?: string | null
          toString?: string | null
          "trailing "?: string | null
          𝑥?: string | null
          x‿y?: string | null
          Ⅻ?: string | null
          zwnj‌x?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "Order Lines_item-id_fkey"
            columns: ["item-id"]
            isOneToOne: false
            referencedRelation: "item_prices"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "Order Lines_item-id_fkey"
            columns: ["item-id"]
            isOneToOne: false
            referencedRelation: "items"
            referencedColumns: ["id"]
          },
        ]
      }
      user: {
        Row: {
          id: number
          order: number | null
        }
        Insert: {
          id: number
          order?: number | null
        }
        Update: {
          id?: number
          order?: number | null
        }
        Relationships: []
      }
    }
    Views: {
      item_prices: {
        Row: {
          dims: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id: string | null
          price: number | null
          prices: unknown[] | null
          sale_price: unknown
          sku: string | null
          status: Database["inventory"]["Enums"]["status"] | null
        }
        Insert: {
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string | null
          price?: number | null
          prices?: unknown[] | null
          sale_price?: unknown
          sku?: string | null
          status?: Database["inventory"]["Enums"]["status"] | null
        }
        Update: {
          dims?: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id?: string | null
          price?: number | null
          prices?: unknown[] | null
          sale_price?: unknown
          sku?: string | null
          status?: Database["inventory"]["Enums"]["status"] | null
        }
        Relationships: []
      }
      "Order View": {
        Row: {
          Id: number | null
          "item-id": string | null
          select: string | null
        }
        Insert: {
          Id?: number | null
          "item-id"?: string | null
          select?: string | null
        }
        Update: {
          Id?: number | null
          "item-id"?: string | null
          select?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "Order Lines_item-id_fkey"
            columns: ["item-id"]
            isOneToOne: false
            referencedRelation: "item_prices"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "Order Lines_item-id_fkey"
            columns: ["item-id"]
            isOneToOne: false
            referencedRelation: "items"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      dims_of: {
        Args: { i: Database["inventory"]["Tables"]["items"]["Row"] }
        Returns: Database["inventory"]["CompositeTypes"]["dimensions"]
        SetofOptions: {
          from: "inventory.items"
          to: "dimensions"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      "Get Item": {
        Args: { "Item Id": string; "with-details"?: boolean }
        Returns: {
          alt_skus: unknown[] | null
          c_bit: unknown
          c_bool: boolean | null
          c_bool_arr: boolean[] | null
          c_box: unknown
          c_bpchar: string | null
          c_bytea: string | null
          c_bytea_arr: string[] | null
          c_char: string | null
          c_cidr: unknown
          c_circle: unknown
          c_date: string | null
          c_date_arr: string[] | null
          c_daterange: unknown
          c_default_null: string | null
          c_double: number | null
          c_gen_price: number | null
          c_ident: number
          c_inet: unknown
          c_int_2d: number[] | null
          c_int_arr: number[]
          c_int2: number | null
          c_int4: number | null
          c_int4multirange: unknown
          c_int4range: unknown
          c_int8: number
          c_int8range: unknown
          c_interval: string | null
          c_interval_arr: string[] | null
          c_json: Json | null
          c_json_arr: Json[]
          c_json_nn: NonNullable<Json>
          c_jsonb: Json | null
          c_jsonb_arr: Json[] | null
          c_jsonb_nn: NonNullable<Json>
          c_jsonpath: unknown
          c_line: unknown
          c_macaddr: unknown
          c_macaddr8: unknown
          c_money: unknown
          c_name: unknown
          c_nn_default_null: string
          c_numeric: number | null
          c_numeric_arr: number[] | null
          c_numrange: unknown
          c_oid: unknown
          c_pg_lsn: unknown
          c_point: unknown
          c_polygon: unknown
          c_qchar: unknown
          c_real: number | null
          c_regclass: unknown
          c_serial8: number
          c_smallserial: number
          c_text: string | null
          c_text_3d: string[] | null
          c_time: string | null
          c_timetz: string | null
          c_ts: string | null
          c_ts_arr: string[] | null
          c_tsquery: unknown
          c_tstz: string | null
          c_tstzrange: unknown
          c_tsvector: unknown
          c_txid_snapshot: unknown
          c_uuid_arr: string[] | null
          c_varbit: unknown
          c_varchar: string | null
          c_xml: unknown
          dims: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          dims_d: Database["inventory"]["CompositeTypes"]["dimensions"] | null
          id: string
          label: Database["inventory"]["Enums"]["tab_label"] | null
          legacy: unknown[] | null
          note: string
          price: number | null
          prices: unknown[]
          qty: number
          ref_status: Database["ref_data"]["Enums"]["status"] | null
          sale_price: unknown
          sku: string
          skus: unknown[] | null
          status: Database["inventory"]["Enums"]["status"] | null
          statuses: Database["inventory"]["Enums"]["status"][] | null
          supplier:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"]
            | null
          suppliers:
            | Database["inventory"]["CompositeTypes"]["supplier_ref"][]
            | null
          unit: Database["inventory"]["Enums"]["Unit Of Measure"] | null
        }
        SetofOptions: {
          from: "*"
          to: "items"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      legacy: { Args: { l: unknown[] }; Returns: unknown[] }
      lines_of: {
        Args: { item: string }
        Returns: {
          _: string | null
          __proto__: string | null
          $: string | null
          "0": number | null
          "123": number | null
          "1e3": number | null
          a·b: string | null
          a٣: string | null
          ÄÖÜ: string | null
          constructor: string | null
          default: string | null
          ǅ: string | null
          é: string | null
          from: string | null
          "has.dot": string | null
          "has'quote": string | null
          'has"dq': string | null
          Id: number
          "item-id": string | null
          select: string | null
          Straße: string | null
          toString: string | null
          "trailing ": string | null
          𝑥: string | null
          x‿y: string | null
          Ⅻ: string | null
          zwnj‌x: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "Order Lines"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      note_len:
        | {
            Args: { "": Database["inventory"]["Tables"]["items"]["Row"] }
            Returns: {
              error: true
            } & "the function inventory.note_len with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
          }
        | {
            Args: {
              "": Database["inventory"]["Tables"]["items_archive"]["Row"]
            }
            Returns: {
              error: true
            } & "the function inventory.note_len with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
          }
      price_of: { Args: { s: unknown }; Returns: unknown }
      prices_of: { Args: { s: unknown[] }; Returns: unknown[] }
      range_of: { Args: { r: unknown }; Returns: unknown }
      ranked: {
        Args: { limit_n?: number }
        Returns: {
          "item-sku": unknown
          price: unknown
          Rank: number
          unit: Database["inventory"]["Enums"]["Unit Of Measure"]
        }[]
      }
      ref_items: {
        Args: Record<PropertyKey, never>
        Returns: Database["ref_data"]["Tables"]["items"]["Row"][]
        SetofOptions: {
          from: "*"
          to: "items"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      ref_status: {
        Args: { s: Database["ref_data"]["Enums"]["status"] }
        Returns: Database["ref_data"]["Enums"]["status"][]
      }
      status_of: { Args: { s: unknown }; Returns: unknown }
      supplier_for: {
        Args: {
          fallback?: Database["inventory"]["CompositeTypes"]["supplier_ref"]
          sku: unknown
        }
        Returns: Database["inventory"]["CompositeTypes"]["supplier_ref"]
        SetofOptions: {
          from: "*"
          to: "supplier_ref"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      tally: {
        Args: { "": Database["inventory"]["Tables"]["Order Lines"]["Row"] }
        Returns: {
          error: true
        } & "the function inventory.tally with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
    }
    Enums: {
      _legacy_state: "old" | "older"
      status: "in stock" | "backordered" | "gone"
      tab_label:
        | "tab\there"
        | "new\nline"
        | "ünïcödé"
        | "日本"
        | "a\"b'c"
        | "ends with space "
      "Unit Of Measure": "kg" | "g" | "l" | "ml" | "pcs"
    }
    CompositeTypes: {
      dimensions: {
        width: number | null
        height: number | null
        depth: number | null
        unit: Database["inventory"]["Enums"]["Unit Of Measure"] | null
      }
      supplier_ref: {
        id: string | null
        name: string | null
        sku: unknown
        price: unknown
        dims: Database["inventory"]["CompositeTypes"]["dimensions"][] | null
        status: Database["ref_data"]["Enums"]["status"] | null
      }
    }
  }
  ref_data: {
    Tables: {
      items: {
        Row: {
          id: number
          label: string | null
          status: Database["ref_data"]["Enums"]["status"] | null
        }
        Insert: {
          id: number
          label?: string | null
          status?: Database["ref_data"]["Enums"]["status"] | null
        }
        Update: {
          id?: number
          label?: string | null
          status?: Database["ref_data"]["Enums"]["status"] | null
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
      status: "active" | "discontinued"
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
  inventory: {
    Enums: {
      _legacy_state: ["old", "older"],
      status: ["in stock", "backordered", "gone"],
      tab_label: [
        "tab\there",
        "new\nline",
        "ünïcödé",
        "日本",
        "a\"b'c",
        "ends with space ",
      ],
      "Unit Of Measure": ["kg", "g", "l", "ml", "pcs"],
    },
  },
  ref_data: {
    Enums: {
      status: ["active", "discontinued"],
    },
  },
} as const

