-- Fixture: an internationalised app: non-ASCII names (sort order, key quoting) and labels
-- whose display width differs from their length (line breaking).
create schema if not exists intl;
create table intl.names (
  id int primary key,
  "straße" text, "strasse" text, "strasze" text, "strat" text, "größe" text, "grosse" text, "grot" text,
  "łódź" text, "lodz" text, "lz" text, "ø" text, "oz" text, "o" text, "æble" text, "aeble" text, "af" text,
  "ǆ" text, "dz" text, "ss" text, "st" text, "αβ" text, "жук" text, "Ա" text, "ა" text, "א" text,
  "ع" text, "क" text, "ก" text, "가" text, "あ" text, "ア" text, "中" text, "ﬁx" text, "ｆｕｌｌ" text,
  "①" text, "½" text, "x²" text, "İ" text, "ı" text, "œuf" text, "oeuf" text, "þorn" text, "ðe" text,
  "ŋa" text, "ħa" text, "€uro" text, "–dash" text, "’apos" text, "«q»" text, "§x" text, "°deg" text,
  "×x" text, "ǅa" text, "Ꭰ" text, "ŀl" text, "ĳ" text
);
create table intl.keys (
  id int primary key,
  "℘" text, "℮x" text, U&"x\309B" text, "x·" text, U&"x\1369" text, "ª" text, "º" text, "µ" text,
  U&"\2118abc" text, "ⅰ" text, "〇" text, "ℼ" text, "ᶜ" text, U&"x\00AD" text, U&"x\200B" text
);
create type intl.odd_labels as enum (U&'line\2028sep', U&'nb\00A0sp', U&'bom\FEFF', U&'zw\200Bsp', U&'del\007F',
  U&'nel\0085', U&'para\2029sep', U&'bell\0007');
do $$
declare
  ch text;
  tag text;
  m int;
  j int;
  chars text[] := array['🚀', '✅', '⭐', '🛒', '👍', '猫', U&'e\0301', '🇩🇪', '한', 'ｆ', '😀', '🤖', '❤', '☕'];
  tags text[] := array['rocket', 'check', 'star', 'cart', 'thumb', 'cat', 'eacute', 'flag', 'hangul', 'fullw', 'grin', 'robot', 'heart', 'coffee'];
begin
  for i in 1 .. array_length(chars, 1) loop
    ch := chars[i];
    tag := tags[i];
    m := least(10, 63 / octet_length(ch));
    for j in 1 .. m loop
      execute format('create type intl.%I as enum (%L, %L, %L)', 'w_' || tag || '_' || lpad(j::text, 2, '0'),
        repeat(ch, m), repeat(ch, m - 1) || 'b', repeat(ch, j) || 'c');
    end loop;
  end loop;
end $$;
