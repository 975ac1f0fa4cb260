package commitmsg

import (
	"testing"

	"github.com/staffnote/follow/pkg/dates"
)

func TestMessage(t *testing.T) {
	d, err := dates.Parse("2026-12-02", dates.Date(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   Change
		want string
	}{
		{Change{Lang: "ja", ID: "S0101", Action: Visit, Kind: "訪問", Date: d, Author: "森本 彩"}, "S0101 訪問 2026-12-02（森本 彩）"},
		{Change{Lang: "en", ID: "S0101", Action: Visit, Kind: "visit", Date: d, Author: "森本 彩"}, "S0101 visit 2026-12-02 (森本 彩)"},
		{Change{Lang: "ja", ID: "S0113", Action: Visit, Kind: "電話", Created: true, Date: d}, "S0113 新規登録・電話 2026-12-02"},
		{Change{Lang: "en", ID: "S0113", Action: Create, Date: d, Author: "川口 健太"}, "S0113 new record 2026-12-02 (川口 健太)"},
		{Change{Lang: "ja", ID: "S0101", Action: Done, Item: "M3", Date: d, Author: "森本 彩"}, "S0101 M3 完了 2026-12-02（森本 彩）"},
		{Change{Lang: "en", ID: "S0101", Action: Done, Item: "R2", Date: d}, "S0101 R2 done 2026-12-02"},
		{Change{Lang: "ja", ID: "S0104", Action: Renew, Date: d, Author: "川口 健太"}, "S0104 契約更新 2026-12-02（川口 健太）"},
		{Change{Lang: "en", ID: "S0107", Action: End, Date: d}, "S0107 end 2026-12-02"},
		{Change{Lang: "ja", ID: "S0103", Action: Handover, To: "川口 健太", Date: d, Author: "森本 彩"}, "S0103 担当交代→川口 健太 2026-12-02（森本 彩）"},
		{Change{Lang: "en", ID: "S0103", Action: Handover, To: "川口 健太", Date: d}, "S0103 handover to 川口 健太 2026-12-02"},
		{Change{Lang: "en", ID: "S0101", Action: Visit, Kind: "visit\nand more", Date: d}, "S0101 visit and more 2026-12-02"},
		{Change{Lang: "ja", ID: "S0101", Action: Reschedule, To: "2026-12-16 15:00 休憩室", Date: d, Author: "森本 彩"}, "S0101 次回変更→2026-12-16 15:00 休憩室 2026-12-02（森本 彩）"},
		{Change{Lang: "en", ID: "S0102", Action: Reschedule, To: "2026-12-16", Date: d}, "S0102 next moved to 2026-12-16 2026-12-02"},
		{Change{Lang: "ja", ID: "S0101", Action: Duty, Kind: "training", Date: d, Author: "森本 彩"}, "S0101 教育訓練 2026-12-02（森本 彩）"},
		{Change{Lang: "en", ID: "S0105", Action: Duty, Kind: "measure", Date: d}, "S0105 employment-stability measure 2026-12-02"},
		{Change{Lang: "ja", ID: "S0105", Action: Duty, Kind: "career", Date: d}, "S0105 キャリアコンサルティング 2026-12-02"},
		{Change{Lang: "ja", ID: "S0105", Action: Duty, Kind: "wish", Date: d}, "S0105 雇用安定の希望 2026-12-02"},
	} {
		if got := Message(c.in); got != c.want {
			t.Errorf("Message(%+v) = %q, want %q", c.in, got, c.want)
		}
	}
}
