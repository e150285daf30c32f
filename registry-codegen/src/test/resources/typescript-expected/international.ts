export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  intl: {
    Tables: {
      keys: {
        Row: {
          ℘: string | null
          ℘abc: string | null
          ℮x: string | null
          〇: string | null
          ª: string | null
          ᶜ: string | null
          ⅰ: string | null
          id: number
          º: string | null
          "x­": string | null
          "x​": string | null
          x·: string | null
          x゛: string | null
          x፩: string | null
          µ: string | null
          ℼ: string | null
        }
        Insert: {
          ℘?: string | null
          ℘abc?: string | null
          ℮x?: string | null
          〇?: string | null
          ª?: string | null
          ᶜ?: string | null
          ⅰ?: string | null
          id: number
          º?: string | null
          "x­"?: string | null
          "x​"?: string | null
          x·?: string | null
          x゛?: string | null
          x፩?: string | null
          µ?: string | null
          ℼ?: string | null
        }
        Update: {
          ℘?: string | null
          ℘abc?: string | null
          ℮x?: string | null
          〇?: string | null
          ª?: string | null
          ᶜ?: string | null
          ⅰ?: string | null
          id?: number
          º?: string | null
          "x­"?: string | null
          "x​"?: string | null
          x·?: string | null
          x゛?: string | null
          x፩?: string | null
          µ?: string | null
          ℼ?: string | null
        }
        Relationships: []
      }
      names: {
        Row: {
          "–dash": string | null
          "’apos": string | null
          "«q»": string | null
          "§x": string | null
          "°deg": string | null
          "×x": string | null
          "€uro": string | null
          "①": string | null
          "½": string | null
          aeble: string | null
          æble: string | null
          af: string | null
          ðe: string | null
          dz: string | null
          ǆ: string | null
          ǅa: string | null
          ﬁx: string | null
          ｆｕｌｌ: string | null
          grosse: string | null
          größe: string | null
          grot: string | null
          ħa: string | null
          İ: string | null
          id: number
          ĳ: string | null
          ı: string | null
          ŀl: string | null
          lodz: string | null
          łódź: string | null
          lz: string | null
          ŋa: string | null
          o: string | null
          ø: string | null
          oeuf: string | null
          œuf: string | null
          oz: string | null
          ss: string | null
          st: string | null
          strasse: string | null
          straße: string | null
          strasze: string | null
          strat: string | null
          "x²": string | null
          þorn: string | null
          αβ: string | null
          жук: string | null
          ა: string | null
          Ա: string | null
          א: string | null
          ع: string | null
          क: string | null
          ก: string | null
          Ꭰ: string | null
          가: string | null
          あ: string | null
          ア: string | null
          中: string | null
        }
        Insert: {
          "–dash"?: string | null
          "’apos"?: string | null
          "«q»"?: string | null
          "§x"?: string | null
          "°deg"?: string | null
          "×x"?: string | null
          "€uro"?: string | null
          "①"?: string | null
          "½"?: string | null
          aeble?: string | null
          æble?: string | null
          af?: string | null
          ðe?: string | null
          dz?: string | null
          ǆ?: string | null
          ǅa?: string | null
          ﬁx?: string | null
          ｆｕｌｌ?: string | null
          grosse?: string | null
          größe?: string | null
          grot?: string | null
          ħa?: string | null
          İ?: string | null
          id: number
          ĳ?: string | null
          ı?: string | null
          ŀl?: string | null
          lodz?: string | null
          łódź?: string | null
          lz?: string | null
          ŋa?: string | null
          o?: string | null
          ø?: string | null
          oeuf?: string | null
          œuf?: string | null
          oz?: string | null
          ss?: string | null
          st?: string | null
          strasse?: string | null
          straße?: string | null
          strasze?: string | null
          strat?: string | null
          "x²"?: string | null
          þorn?: string | null
          αβ?: string | null
          жук?: string | null
          ა?: string | null
          Ա?: string | null
          א?: string | null
          ع?: string | null
          क?: string | null
          ก?: string | null
          Ꭰ?: string | null
          가?: string | null
          あ?: string | null
          ア?: string | null
          中?: string | null
        }
        Update: {
          "–dash"?: string | null
          "’apos"?: string | null
          "«q»"?: string | null
          "§x"?: string | null
          "°deg"?: string | null
          "×x"?: string | null
          "€uro"?: string | null
          "①"?: string | null
          "½"?: string | null
          aeble?: string | null
          æble?: string | null
          af?: string | null
          ðe?: string | null
          dz?: string | null
          ǆ?: string | null
          ǅa?: string | null
          ﬁx?: string | null
          ｆｕｌｌ?: string | null
          grosse?: string | null
          größe?: string | null
          grot?: string | null
          ħa?: string | null
          İ?: string | null
          id?: number
          ĳ?: string | null
          ı?: string | null
          ŀl?: string | null
          lodz?: string | null
          łódź?: string | null
          lz?: string | null
          ŋa?: string | null
          o?: string | null
          ø?: string | null
          oeuf?: string | null
          œuf?: string | null
          oz?: string | null
          ss?: string | null
          st?: string | null
          strasse?: string | null
          straße?: string | null
          strasze?: string | null
          strat?: string | null
          "x²"?: string | null
          þorn?: string | null
          αβ?: string | null
          жук?: string | null
          ა?: string | null
          Ա?: string | null
          א?: string | null
          ع?: string | null
          क?: string | null
          ก?: string | null
          Ꭰ?: string | null
          가?: string | null
          あ?: string | null
          ア?: string | null
          中?: string | null
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
      odd_labels:
        | "line sep"
        | "nb sp"
        | "bom﻿"
        | "zw​sp"
        | "del"
        | "nel"
        | "para sep"
        | "bell\u0007"
      w_cart_01: "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒" | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b" | "🛒c"
      w_cart_02: "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒" | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b" | "🛒🛒c"
      w_cart_03: "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒" | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b" | "🛒🛒🛒c"
      w_cart_04: "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒" | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b" | "🛒🛒🛒🛒c"
      w_cart_05: "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒" | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b" | "🛒🛒🛒🛒🛒c"
      w_cart_06:
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b"
        | "🛒🛒🛒🛒🛒🛒c"
      w_cart_07:
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b"
        | "🛒🛒🛒🛒🛒🛒🛒c"
      w_cart_08:
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b"
        | "🛒🛒🛒🛒🛒🛒🛒🛒c"
      w_cart_09:
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒c"
      w_cart_10:
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒b"
        | "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒c"
      w_cat_01: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫c"
      w_cat_02: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫猫c"
      w_cat_03: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫猫猫c"
      w_cat_04: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫猫猫猫c"
      w_cat_05: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫猫猫猫猫c"
      w_cat_06: "猫猫猫猫猫猫猫猫猫猫" | "猫猫猫猫猫猫猫猫猫b" | "猫猫猫猫猫猫c"
      w_cat_07:
        | "猫猫猫猫猫猫猫猫猫猫"
        | "猫猫猫猫猫猫猫猫猫b"
        | "猫猫猫猫猫猫猫c"
      w_cat_08:
        | "猫猫猫猫猫猫猫猫猫猫"
        | "猫猫猫猫猫猫猫猫猫b"
        | "猫猫猫猫猫猫猫猫c"
      w_cat_09:
        | "猫猫猫猫猫猫猫猫猫猫"
        | "猫猫猫猫猫猫猫猫猫b"
        | "猫猫猫猫猫猫猫猫猫c"
      w_cat_10:
        | "猫猫猫猫猫猫猫猫猫猫"
        | "猫猫猫猫猫猫猫猫猫b"
        | "猫猫猫猫猫猫猫猫猫猫c"
      w_check_01: "✅✅✅✅✅✅✅✅✅✅" | "✅✅✅✅✅✅✅✅✅b" | "✅c"
      w_check_02: "✅✅✅✅✅✅✅✅✅✅" | "✅✅✅✅✅✅✅✅✅b" | "✅✅c"
      w_check_03: "✅✅✅✅✅✅✅✅✅✅" | "✅✅✅✅✅✅✅✅✅b" | "✅✅✅c"
      w_check_04: "✅✅✅✅✅✅✅✅✅✅" | "✅✅✅✅✅✅✅✅✅b" | "✅✅✅✅c"
      w_check_05: "✅✅✅✅✅✅✅✅✅✅" | "✅✅✅✅✅✅✅✅✅b" | "✅✅✅✅✅c"
      w_check_06:
        | "✅✅✅✅✅✅✅✅✅✅"
        | "✅✅✅✅✅✅✅✅✅b"
        | "✅✅✅✅✅✅c"
      w_check_07:
        | "✅✅✅✅✅✅✅✅✅✅"
        | "✅✅✅✅✅✅✅✅✅b"
        | "✅✅✅✅✅✅✅c"
      w_check_08:
        | "✅✅✅✅✅✅✅✅✅✅"
        | "✅✅✅✅✅✅✅✅✅b"
        | "✅✅✅✅✅✅✅✅c"
      w_check_09:
        | "✅✅✅✅✅✅✅✅✅✅"
        | "✅✅✅✅✅✅✅✅✅b"
        | "✅✅✅✅✅✅✅✅✅c"
      w_check_10:
        | "✅✅✅✅✅✅✅✅✅✅"
        | "✅✅✅✅✅✅✅✅✅b"
        | "✅✅✅✅✅✅✅✅✅✅c"
      w_coffee_01: "☕☕☕☕☕☕☕☕☕☕" | "☕☕☕☕☕☕☕☕☕b" | "☕c"
      w_coffee_02: "☕☕☕☕☕☕☕☕☕☕" | "☕☕☕☕☕☕☕☕☕b" | "☕☕c"
      w_coffee_03: "☕☕☕☕☕☕☕☕☕☕" | "☕☕☕☕☕☕☕☕☕b" | "☕☕☕c"
      w_coffee_04: "☕☕☕☕☕☕☕☕☕☕" | "☕☕☕☕☕☕☕☕☕b" | "☕☕☕☕c"
      w_coffee_05:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕c"
      w_coffee_06:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕☕c"
      w_coffee_07:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕☕☕c"
      w_coffee_08:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕☕☕☕c"
      w_coffee_09:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕☕☕☕☕c"
      w_coffee_10:
        | "☕☕☕☕☕☕☕☕☕☕"
        | "☕☕☕☕☕☕☕☕☕b"
        | "☕☕☕☕☕☕☕☕☕☕c"
      w_eacute_01: "éééééééééé" | "éééééééééb" | "éc"
      w_eacute_02: "éééééééééé" | "éééééééééb" | "ééc"
      w_eacute_03: "éééééééééé" | "éééééééééb" | "éééc"
      w_eacute_04: "éééééééééé" | "éééééééééb" | "ééééc"
      w_eacute_05: "éééééééééé" | "éééééééééb" | "éééééc"
      w_eacute_06: "éééééééééé" | "éééééééééb" | "ééééééc"
      w_eacute_07: "éééééééééé" | "éééééééééb" | "éééééééc"
      w_eacute_08: "éééééééééé" | "éééééééééb" | "ééééééééc"
      w_eacute_09: "éééééééééé" | "éééééééééb" | "éééééééééc"
      w_eacute_10: "éééééééééé" | "éééééééééb" | "ééééééééééc"
      w_flag_01: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪c"
      w_flag_02: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪c"
      w_flag_03: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪🇩🇪c"
      w_flag_04: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪🇩🇪🇩🇪c"
      w_flag_05: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"
      w_flag_06: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"
      w_flag_07: "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b" | "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"
      w_fullw_01: "ｆｆｆｆｆｆｆｆｆｆ" | "ｆｆｆｆｆｆｆｆｆb" | "ｆc"
      w_fullw_02: "ｆｆｆｆｆｆｆｆｆｆ" | "ｆｆｆｆｆｆｆｆｆb" | "ｆｆc"
      w_fullw_03: "ｆｆｆｆｆｆｆｆｆｆ" | "ｆｆｆｆｆｆｆｆｆb" | "ｆｆｆc"
      w_fullw_04: "ｆｆｆｆｆｆｆｆｆｆ" | "ｆｆｆｆｆｆｆｆｆb" | "ｆｆｆｆc"
      w_fullw_05: "ｆｆｆｆｆｆｆｆｆｆ" | "ｆｆｆｆｆｆｆｆｆb" | "ｆｆｆｆｆc"
      w_fullw_06:
        | "ｆｆｆｆｆｆｆｆｆｆ"
        | "ｆｆｆｆｆｆｆｆｆb"
        | "ｆｆｆｆｆｆc"
      w_fullw_07:
        | "ｆｆｆｆｆｆｆｆｆｆ"
        | "ｆｆｆｆｆｆｆｆｆb"
        | "ｆｆｆｆｆｆｆc"
      w_fullw_08:
        | "ｆｆｆｆｆｆｆｆｆｆ"
        | "ｆｆｆｆｆｆｆｆｆb"
        | "ｆｆｆｆｆｆｆｆc"
      w_fullw_09:
        | "ｆｆｆｆｆｆｆｆｆｆ"
        | "ｆｆｆｆｆｆｆｆｆb"
        | "ｆｆｆｆｆｆｆｆｆc"
      w_fullw_10:
        | "ｆｆｆｆｆｆｆｆｆｆ"
        | "ｆｆｆｆｆｆｆｆｆb"
        | "ｆｆｆｆｆｆｆｆｆｆc"
      w_grin_01: "😀😀😀😀😀😀😀😀😀😀" | "😀😀😀😀😀😀😀😀😀b" | "😀c"
      w_grin_02: "😀😀😀😀😀😀😀😀😀😀" | "😀😀😀😀😀😀😀😀😀b" | "😀😀c"
      w_grin_03: "😀😀😀😀😀😀😀😀😀😀" | "😀😀😀😀😀😀😀😀😀b" | "😀😀😀c"
      w_grin_04: "😀😀😀😀😀😀😀😀😀😀" | "😀😀😀😀😀😀😀😀😀b" | "😀😀😀😀c"
      w_grin_05: "😀😀😀😀😀😀😀😀😀😀" | "😀😀😀😀😀😀😀😀😀b" | "😀😀😀😀😀c"
      w_grin_06:
        | "😀😀😀😀😀😀😀😀😀😀"
        | "😀😀😀😀😀😀😀😀😀b"
        | "😀😀😀😀😀😀c"
      w_grin_07:
        | "😀😀😀😀😀😀😀😀😀😀"
        | "😀😀😀😀😀😀😀😀😀b"
        | "😀😀😀😀😀😀😀c"
      w_grin_08:
        | "😀😀😀😀😀😀😀😀😀😀"
        | "😀😀😀😀😀😀😀😀😀b"
        | "😀😀😀😀😀😀😀😀c"
      w_grin_09:
        | "😀😀😀😀😀😀😀😀😀😀"
        | "😀😀😀😀😀😀😀😀😀b"
        | "😀😀😀😀😀😀😀😀😀c"
      w_grin_10:
        | "😀😀😀😀😀😀😀😀😀😀"
        | "😀😀😀😀😀😀😀😀😀b"
        | "😀😀😀😀😀😀😀😀😀😀c"
      w_hangul_01: "한한한한한한한한한한" | "한한한한한한한한한b" | "한c"
      w_hangul_02: "한한한한한한한한한한" | "한한한한한한한한한b" | "한한c"
      w_hangul_03: "한한한한한한한한한한" | "한한한한한한한한한b" | "한한한c"
      w_hangul_04: "한한한한한한한한한한" | "한한한한한한한한한b" | "한한한한c"
      w_hangul_05:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한c"
      w_hangul_06:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한한c"
      w_hangul_07:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한한한c"
      w_hangul_08:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한한한한c"
      w_hangul_09:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한한한한한c"
      w_hangul_10:
        | "한한한한한한한한한한"
        | "한한한한한한한한한b"
        | "한한한한한한한한한한c"
      w_heart_01: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤c"
      w_heart_02: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤c"
      w_heart_03: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤c"
      w_heart_04: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤c"
      w_heart_05: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤c"
      w_heart_06: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤❤c"
      w_heart_07: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤❤❤c"
      w_heart_08: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤❤❤❤c"
      w_heart_09: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤❤❤❤❤c"
      w_heart_10: "❤❤❤❤❤❤❤❤❤❤" | "❤❤❤❤❤❤❤❤❤b" | "❤❤❤❤❤❤❤❤❤❤c"
      w_robot_01: "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖" | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b" | "🤖c"
      w_robot_02: "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖" | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b" | "🤖🤖c"
      w_robot_03: "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖" | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b" | "🤖🤖🤖c"
      w_robot_04: "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖" | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b" | "🤖🤖🤖🤖c"
      w_robot_05: "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖" | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b" | "🤖🤖🤖🤖🤖c"
      w_robot_06:
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b"
        | "🤖🤖🤖🤖🤖🤖c"
      w_robot_07:
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b"
        | "🤖🤖🤖🤖🤖🤖🤖c"
      w_robot_08:
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b"
        | "🤖🤖🤖🤖🤖🤖🤖🤖c"
      w_robot_09:
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖c"
      w_robot_10:
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖b"
        | "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖c"
      w_rocket_01: "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀" | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b" | "🚀c"
      w_rocket_02: "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀" | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b" | "🚀🚀c"
      w_rocket_03: "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀" | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b" | "🚀🚀🚀c"
      w_rocket_04: "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀" | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b" | "🚀🚀🚀🚀c"
      w_rocket_05:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀c"
      w_rocket_06:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀🚀c"
      w_rocket_07:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀🚀🚀c"
      w_rocket_08:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀🚀🚀🚀c"
      w_rocket_09:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀c"
      w_rocket_10:
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀b"
        | "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀c"
      w_star_01: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐" | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b" | "⭐c"
      w_star_02: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐" | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b" | "⭐⭐c"
      w_star_03: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐" | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b" | "⭐⭐⭐c"
      w_star_04: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐" | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b" | "⭐⭐⭐⭐c"
      w_star_05: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐" | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b" | "⭐⭐⭐⭐⭐c"
      w_star_06:
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b"
        | "⭐⭐⭐⭐⭐⭐c"
      w_star_07:
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b"
        | "⭐⭐⭐⭐⭐⭐⭐c"
      w_star_08:
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b"
        | "⭐⭐⭐⭐⭐⭐⭐⭐c"
      w_star_09:
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐c"
      w_star_10:
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐b"
        | "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐c"
      w_thumb_01: "👍👍👍👍👍👍👍👍👍👍" | "👍👍👍👍👍👍👍👍👍b" | "👍c"
      w_thumb_02: "👍👍👍👍👍👍👍👍👍👍" | "👍👍👍👍👍👍👍👍👍b" | "👍👍c"
      w_thumb_03: "👍👍👍👍👍👍👍👍👍👍" | "👍👍👍👍👍👍👍👍👍b" | "👍👍👍c"
      w_thumb_04: "👍👍👍👍👍👍👍👍👍👍" | "👍👍👍👍👍👍👍👍👍b" | "👍👍👍👍c"
      w_thumb_05: "👍👍👍👍👍👍👍👍👍👍" | "👍👍👍👍👍👍👍👍👍b" | "👍👍👍👍👍c"
      w_thumb_06:
        | "👍👍👍👍👍👍👍👍👍👍"
        | "👍👍👍👍👍👍👍👍👍b"
        | "👍👍👍👍👍👍c"
      w_thumb_07:
        | "👍👍👍👍👍👍👍👍👍👍"
        | "👍👍👍👍👍👍👍👍👍b"
        | "👍👍👍👍👍👍👍c"
      w_thumb_08:
        | "👍👍👍👍👍👍👍👍👍👍"
        | "👍👍👍👍👍👍👍👍👍b"
        | "👍👍👍👍👍👍👍👍c"
      w_thumb_09:
        | "👍👍👍👍👍👍👍👍👍👍"
        | "👍👍👍👍👍👍👍👍👍b"
        | "👍👍👍👍👍👍👍👍👍c"
      w_thumb_10:
        | "👍👍👍👍👍👍👍👍👍👍"
        | "👍👍👍👍👍👍👍👍👍b"
        | "👍👍👍👍👍👍👍👍👍👍c"
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
  intl: {
    Enums: {
      odd_labels: [
        "line sep",
        "nb sp",
        "bom﻿",
        "zw​sp",
        "del",
        "nel",
        "para sep",
        "bell\u0007",
      ],
      w_cart_01: ["🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒", "🛒🛒🛒🛒🛒🛒🛒🛒🛒b", "🛒c"],
      w_cart_02: ["🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒", "🛒🛒🛒🛒🛒🛒🛒🛒🛒b", "🛒🛒c"],
      w_cart_03: ["🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒", "🛒🛒🛒🛒🛒🛒🛒🛒🛒b", "🛒🛒🛒c"],
      w_cart_04: ["🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒", "🛒🛒🛒🛒🛒🛒🛒🛒🛒b", "🛒🛒🛒🛒c"],
      w_cart_05: ["🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒", "🛒🛒🛒🛒🛒🛒🛒🛒🛒b", "🛒🛒🛒🛒🛒c"],
      w_cart_06: [
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒b",
        "🛒🛒🛒🛒🛒🛒c",
      ],
      w_cart_07: [
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒b",
        "🛒🛒🛒🛒🛒🛒🛒c",
      ],
      w_cart_08: [
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒b",
        "🛒🛒🛒🛒🛒🛒🛒🛒c",
      ],
      w_cart_09: [
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒b",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒c",
      ],
      w_cart_10: [
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒b",
        "🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒c",
      ],
      w_cat_01: ["猫猫猫猫猫猫猫猫猫猫", "猫猫猫猫猫猫猫猫猫b", "猫c"],
      w_cat_02: ["猫猫猫猫猫猫猫猫猫猫", "猫猫猫猫猫猫猫猫猫b", "猫猫c"],
      w_cat_03: ["猫猫猫猫猫猫猫猫猫猫", "猫猫猫猫猫猫猫猫猫b", "猫猫猫c"],
      w_cat_04: ["猫猫猫猫猫猫猫猫猫猫", "猫猫猫猫猫猫猫猫猫b", "猫猫猫猫c"],
      w_cat_05: ["猫猫猫猫猫猫猫猫猫猫", "猫猫猫猫猫猫猫猫猫b", "猫猫猫猫猫c"],
      w_cat_06: [
        "猫猫猫猫猫猫猫猫猫猫",
        "猫猫猫猫猫猫猫猫猫b",
        "猫猫猫猫猫猫c",
      ],
      w_cat_07: [
        "猫猫猫猫猫猫猫猫猫猫",
        "猫猫猫猫猫猫猫猫猫b",
        "猫猫猫猫猫猫猫c",
      ],
      w_cat_08: [
        "猫猫猫猫猫猫猫猫猫猫",
        "猫猫猫猫猫猫猫猫猫b",
        "猫猫猫猫猫猫猫猫c",
      ],
      w_cat_09: [
        "猫猫猫猫猫猫猫猫猫猫",
        "猫猫猫猫猫猫猫猫猫b",
        "猫猫猫猫猫猫猫猫猫c",
      ],
      w_cat_10: [
        "猫猫猫猫猫猫猫猫猫猫",
        "猫猫猫猫猫猫猫猫猫b",
        "猫猫猫猫猫猫猫猫猫猫c",
      ],
      w_check_01: ["✅✅✅✅✅✅✅✅✅✅", "✅✅✅✅✅✅✅✅✅b", "✅c"],
      w_check_02: ["✅✅✅✅✅✅✅✅✅✅", "✅✅✅✅✅✅✅✅✅b", "✅✅c"],
      w_check_03: ["✅✅✅✅✅✅✅✅✅✅", "✅✅✅✅✅✅✅✅✅b", "✅✅✅c"],
      w_check_04: ["✅✅✅✅✅✅✅✅✅✅", "✅✅✅✅✅✅✅✅✅b", "✅✅✅✅c"],
      w_check_05: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅c",
      ],
      w_check_06: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅✅c",
      ],
      w_check_07: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅✅✅c",
      ],
      w_check_08: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅✅✅✅c",
      ],
      w_check_09: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅✅✅✅✅c",
      ],
      w_check_10: [
        "✅✅✅✅✅✅✅✅✅✅",
        "✅✅✅✅✅✅✅✅✅b",
        "✅✅✅✅✅✅✅✅✅✅c",
      ],
      w_coffee_01: ["☕☕☕☕☕☕☕☕☕☕", "☕☕☕☕☕☕☕☕☕b", "☕c"],
      w_coffee_02: ["☕☕☕☕☕☕☕☕☕☕", "☕☕☕☕☕☕☕☕☕b", "☕☕c"],
      w_coffee_03: ["☕☕☕☕☕☕☕☕☕☕", "☕☕☕☕☕☕☕☕☕b", "☕☕☕c"],
      w_coffee_04: ["☕☕☕☕☕☕☕☕☕☕", "☕☕☕☕☕☕☕☕☕b", "☕☕☕☕c"],
      w_coffee_05: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕c",
      ],
      w_coffee_06: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕☕c",
      ],
      w_coffee_07: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕☕☕c",
      ],
      w_coffee_08: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕☕☕☕c",
      ],
      w_coffee_09: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕☕☕☕☕c",
      ],
      w_coffee_10: [
        "☕☕☕☕☕☕☕☕☕☕",
        "☕☕☕☕☕☕☕☕☕b",
        "☕☕☕☕☕☕☕☕☕☕c",
      ],
      w_eacute_01: ["éééééééééé", "éééééééééb", "éc"],
      w_eacute_02: ["éééééééééé", "éééééééééb", "ééc"],
      w_eacute_03: ["éééééééééé", "éééééééééb", "éééc"],
      w_eacute_04: ["éééééééééé", "éééééééééb", "ééééc"],
      w_eacute_05: ["éééééééééé", "éééééééééb", "éééééc"],
      w_eacute_06: ["éééééééééé", "éééééééééb", "ééééééc"],
      w_eacute_07: ["éééééééééé", "éééééééééb", "éééééééc"],
      w_eacute_08: ["éééééééééé", "éééééééééb", "ééééééééc"],
      w_eacute_09: ["éééééééééé", "éééééééééb", "éééééééééc"],
      w_eacute_10: ["éééééééééé", "éééééééééb", "ééééééééééc"],
      w_flag_01: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪c"],
      w_flag_02: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪c"],
      w_flag_03: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪🇩🇪c"],
      w_flag_04: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪🇩🇪🇩🇪c"],
      w_flag_05: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"],
      w_flag_06: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"],
      w_flag_07: ["🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪b", "🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪🇩🇪c"],
      w_fullw_01: ["ｆｆｆｆｆｆｆｆｆｆ", "ｆｆｆｆｆｆｆｆｆb", "ｆc"],
      w_fullw_02: ["ｆｆｆｆｆｆｆｆｆｆ", "ｆｆｆｆｆｆｆｆｆb", "ｆｆc"],
      w_fullw_03: ["ｆｆｆｆｆｆｆｆｆｆ", "ｆｆｆｆｆｆｆｆｆb", "ｆｆｆc"],
      w_fullw_04: ["ｆｆｆｆｆｆｆｆｆｆ", "ｆｆｆｆｆｆｆｆｆb", "ｆｆｆｆc"],
      w_fullw_05: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆc",
      ],
      w_fullw_06: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆｆc",
      ],
      w_fullw_07: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆｆｆc",
      ],
      w_fullw_08: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆｆｆｆc",
      ],
      w_fullw_09: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆｆｆｆｆc",
      ],
      w_fullw_10: [
        "ｆｆｆｆｆｆｆｆｆｆ",
        "ｆｆｆｆｆｆｆｆｆb",
        "ｆｆｆｆｆｆｆｆｆｆc",
      ],
      w_grin_01: ["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀b", "😀c"],
      w_grin_02: ["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀b", "😀😀c"],
      w_grin_03: ["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀b", "😀😀😀c"],
      w_grin_04: ["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀b", "😀😀😀😀c"],
      w_grin_05: ["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀b", "😀😀😀😀😀c"],
      w_grin_06: [
        "😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀😀b",
        "😀😀😀😀😀😀c",
      ],
      w_grin_07: [
        "😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀😀b",
        "😀😀😀😀😀😀😀c",
      ],
      w_grin_08: [
        "😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀😀b",
        "😀😀😀😀😀😀😀😀c",
      ],
      w_grin_09: [
        "😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀😀b",
        "😀😀😀😀😀😀😀😀😀c",
      ],
      w_grin_10: [
        "😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀😀b",
        "😀😀😀😀😀😀😀😀😀😀c",
      ],
      w_hangul_01: ["한한한한한한한한한한", "한한한한한한한한한b", "한c"],
      w_hangul_02: ["한한한한한한한한한한", "한한한한한한한한한b", "한한c"],
      w_hangul_03: ["한한한한한한한한한한", "한한한한한한한한한b", "한한한c"],
      w_hangul_04: ["한한한한한한한한한한", "한한한한한한한한한b", "한한한한c"],
      w_hangul_05: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한c",
      ],
      w_hangul_06: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한한c",
      ],
      w_hangul_07: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한한한c",
      ],
      w_hangul_08: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한한한한c",
      ],
      w_hangul_09: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한한한한한c",
      ],
      w_hangul_10: [
        "한한한한한한한한한한",
        "한한한한한한한한한b",
        "한한한한한한한한한한c",
      ],
      w_heart_01: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤c"],
      w_heart_02: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤c"],
      w_heart_03: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤c"],
      w_heart_04: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤c"],
      w_heart_05: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤c"],
      w_heart_06: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤❤c"],
      w_heart_07: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤❤❤c"],
      w_heart_08: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤❤❤❤c"],
      w_heart_09: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤❤❤❤❤c"],
      w_heart_10: ["❤❤❤❤❤❤❤❤❤❤", "❤❤❤❤❤❤❤❤❤b", "❤❤❤❤❤❤❤❤❤❤c"],
      w_robot_01: ["🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖", "🤖🤖🤖🤖🤖🤖🤖🤖🤖b", "🤖c"],
      w_robot_02: ["🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖", "🤖🤖🤖🤖🤖🤖🤖🤖🤖b", "🤖🤖c"],
      w_robot_03: ["🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖", "🤖🤖🤖🤖🤖🤖🤖🤖🤖b", "🤖🤖🤖c"],
      w_robot_04: ["🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖", "🤖🤖🤖🤖🤖🤖🤖🤖🤖b", "🤖🤖🤖🤖c"],
      w_robot_05: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖c",
      ],
      w_robot_06: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖🤖c",
      ],
      w_robot_07: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖🤖🤖c",
      ],
      w_robot_08: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖🤖🤖🤖c",
      ],
      w_robot_09: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖c",
      ],
      w_robot_10: [
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖b",
        "🤖🤖🤖🤖🤖🤖🤖🤖🤖🤖c",
      ],
      w_rocket_01: ["🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", "🚀🚀🚀🚀🚀🚀🚀🚀🚀b", "🚀c"],
      w_rocket_02: ["🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", "🚀🚀🚀🚀🚀🚀🚀🚀🚀b", "🚀🚀c"],
      w_rocket_03: ["🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", "🚀🚀🚀🚀🚀🚀🚀🚀🚀b", "🚀🚀🚀c"],
      w_rocket_04: ["🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", "🚀🚀🚀🚀🚀🚀🚀🚀🚀b", "🚀🚀🚀🚀c"],
      w_rocket_05: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀c",
      ],
      w_rocket_06: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀🚀c",
      ],
      w_rocket_07: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀🚀🚀c",
      ],
      w_rocket_08: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀🚀🚀🚀c",
      ],
      w_rocket_09: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀c",
      ],
      w_rocket_10: [
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀b",
        "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀c",
      ],
      w_star_01: ["⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", "⭐⭐⭐⭐⭐⭐⭐⭐⭐b", "⭐c"],
      w_star_02: ["⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", "⭐⭐⭐⭐⭐⭐⭐⭐⭐b", "⭐⭐c"],
      w_star_03: ["⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", "⭐⭐⭐⭐⭐⭐⭐⭐⭐b", "⭐⭐⭐c"],
      w_star_04: ["⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", "⭐⭐⭐⭐⭐⭐⭐⭐⭐b", "⭐⭐⭐⭐c"],
      w_star_05: ["⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", "⭐⭐⭐⭐⭐⭐⭐⭐⭐b", "⭐⭐⭐⭐⭐c"],
      w_star_06: [
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐b",
        "⭐⭐⭐⭐⭐⭐c",
      ],
      w_star_07: [
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐b",
        "⭐⭐⭐⭐⭐⭐⭐c",
      ],
      w_star_08: [
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐b",
        "⭐⭐⭐⭐⭐⭐⭐⭐c",
      ],
      w_star_09: [
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐b",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐c",
      ],
      w_star_10: [
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐b",
        "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐c",
      ],
      w_thumb_01: ["👍👍👍👍👍👍👍👍👍👍", "👍👍👍👍👍👍👍👍👍b", "👍c"],
      w_thumb_02: ["👍👍👍👍👍👍👍👍👍👍", "👍👍👍👍👍👍👍👍👍b", "👍👍c"],
      w_thumb_03: ["👍👍👍👍👍👍👍👍👍👍", "👍👍👍👍👍👍👍👍👍b", "👍👍👍c"],
      w_thumb_04: ["👍👍👍👍👍👍👍👍👍👍", "👍👍👍👍👍👍👍👍👍b", "👍👍👍👍c"],
      w_thumb_05: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍c",
      ],
      w_thumb_06: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍👍c",
      ],
      w_thumb_07: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍👍👍c",
      ],
      w_thumb_08: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍👍👍👍c",
      ],
      w_thumb_09: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍👍👍👍👍c",
      ],
      w_thumb_10: [
        "👍👍👍👍👍👍👍👍👍👍",
        "👍👍👍👍👍👍👍👍👍b",
        "👍👍👍👍👍👍👍👍👍👍c",
      ],
    },
  },
} as const

