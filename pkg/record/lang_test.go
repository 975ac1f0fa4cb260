package record

import (
	"reflect"
	"testing"
)

func TestEntryAuthorAndWords(t *testing.T) {
	body := "\n## 2026-12-09 電話\n\n記入: 川口 健太\n\n### 確認事項\n\n- 残業はない\n\n次回: 2026-12-16\n" +
		"\n## 2026-12-10 call\n\nBy：Anna Schmidt\n\n### Facts\n\n- fine\n\nBy: not an author (under a section)\n\nNext: 2026-12-24\n" +
		"\n## 2026-12-11 visit\n\n- By: an item, not an author line\n\nNext: 2026-12-24\n"
	es, _, _ := entries(t, body)
	if len(es) != 3 {
		t.Fatalf("got %d entries", len(es))
	}
	if es[0].Author != "川口 健太" || es[0].AuthorLine != 12 {
		t.Errorf("entry 1: author %q on line %d", es[0].Author, es[0].AuthorLine)
	}
	if want := (Words{JA: 4, JALine: 10}); es[0].Words != want {
		t.Errorf("entry 1 words %+v, want %+v", es[0].Words, want)
	}
	if es[1].Author != "Anna Schmidt" {
		t.Errorf("entry 2: author %q", es[1].Author)
	}
	if got := texts(es[1].Facts); !reflect.DeepEqual(got, []string{"fine", "By: not an author (under a section)"}) {
		t.Errorf("entry 2 facts %q", got)
	}
	if es[2].Author != "" || len(es[2].Notes) != 1 {
		t.Errorf("entry 3: author %q, notes %q", es[2].Author, texts(es[2].Notes))
	}
	for i, want := range []string{LangJA, LangEN, LangEN} {
		if got := es[i].Lang(); got != want {
			t.Errorf("entry %d: Lang() = %q, want %q", i+1, got, want)
		}
	}
}

func TestRecordLang(t *testing.T) {
	ja := "\n## 2026-11-02 訪問\n\n### 近況\n\n- 犬\n\n次回: 2026-11-16\n"
	en := "\n## 2026-11-20 call\n\n### Facts\n\n- ok\n\nNext: 2026-12-04\n"
	cases := []struct {
		name, body, lang string
		mixed            bool
		line, count      int
	}{
		{"empty", "", "", false, 0, 0},
		{"no words of follow", "\n## 2026-11-02 面談\n\n- 犬\n", "", false, 0, 0},
		{"japanese", ja, LangJA, false, 0, 0},
		{"english", en, LangEN, false, 0, 0},
		// A tie: the earliest entry decides.
		{"tie", ja + en, LangJA, true, 18, 3},
		{"tie english first", "\n## 2026-11-01 visit\n\n### Notes\n\nNext: 2026-11-02\n" + ja, LangEN, true, 16, 3},
		// The words count, not the entries.
		{"words", "\n## 2026-11-01 visit\n\nNext: 2026-11-02\n" + ja, LangJA, true, 10, 2},
		{"majority", ja + en + "\n## 2026-12-01 更新\n\n- 契約更新\n", LangJA, true, 18, 3},
		// Within an entry, the majority of its words; on a tie, its kind.
		{"entry tie", "\n## 2026-11-02 visit\n\n### 近況\n", LangEN, true, 12, 1},
		// Case and alternative spellings.
		{"alternatives", "\n## 2026-11-02 VISIT\n\n### NOTES\n\nnext: 2026-11-03\n", LangEN, false, 0, 0},
		{"japanese alternatives", "\n## 2026-11-02 引き継ぎ\n\n### 備考\n\n次回予定: 2026-11-03\n", LangJA, false, 0, 0},
	}
	for _, c := range cases {
		r := mustParse(t, "r.md", []byte(bodyFM+c.body))
		if got := r.Lang(); got != c.lang {
			t.Errorf("%s: Lang() = %q, want %q", c.name, got, c.lang)
		}
		line, count, mixed := r.Mixed()
		if mixed != c.mixed || line != c.line || count != c.count {
			t.Errorf("%s: Mixed() = %d, %d, %v, want %d, %d, %v", c.name, line, count, mixed, c.line, c.count, c.mixed)
		}
	}
}

func TestLangOr(t *testing.T) {
	empty := mustParse(t, "r.md", []byte(bodyFM))
	en := mustParse(t, "r.md", []byte(bodyFM+"\n## 2026-11-20 call\n\nNext: 2026-12-04\n"))
	for _, c := range []struct {
		r                  *Record
		team, writer, want string
	}{
		{empty, "", "", LangEN},
		{empty, "", LangJA, LangJA},
		{empty, LangEN, LangJA, LangEN},
		{empty, LangJA, LangEN, LangJA},
		{en, LangJA, LangJA, LangEN},
	} {
		if got := c.r.LangOr(c.team, c.writer); got != c.want {
			t.Errorf("LangOr(%q, %q) = %q, want %q", c.team, c.writer, got, c.want)
		}
	}
}

func TestTerms(t *testing.T) {
	if term, lang, ok := KindTerm("引き継ぎ"); !ok || lang != LangJA || term.Word(LangEN) != "handover" {
		t.Errorf("KindTerm(引き継ぎ) = %+v %q %v", term, lang, ok)
	}
	if _, _, ok := KindTerm("面談"); ok {
		t.Error("面談 is not a word follow writes")
	}
	if term, lang, ok := SectionTerm("closed"); !ok || lang != LangEN || term.Word(LangJA) != "完了" {
		t.Errorf("SectionTerm(closed) = %+v %q %v", term, lang, ok)
	}
	if got := Kind(KindReschedule, LangJA); got != "日程変更" {
		t.Errorf("Kind(reschedule, ja) = %q", got)
	}
	for _, w := range []string{"Facts", "facts", "確認事項"} {
		if termLang(termSection, []byte(w)) == "" {
			t.Errorf("termLang(%q) is empty", w)
		}
	}
}
