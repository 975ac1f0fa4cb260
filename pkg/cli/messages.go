package cli

import "fmt"

// catalog holds every user-facing message, English first, Japanese second. Command files
// add their own with addMessages; TestCatalog checks that none is missing and that both
// languages take the same arguments.
var catalog = map[string][2]string{}

func addMessages(m map[string][2]string) {
	for k, v := range m {
		if _, dup := catalog[k]; dup {
			panic("cli: message " + k + " defined twice")
		}
		catalog[k] = v
	}
}

func init() { addMessages(baseMessages) }

var baseMessages = map[string][2]string{
	// due
	"due.none":         {"nothing due up to %s\n", "%s までに期日の項目はありません\n"},
	"due.broken":       {"%v (skipped; run follow lint)\n", "%v（読み飛ばしました。follow lint で確認してください）\n"},
	"due.summary":      {"%d due, %d overdue\n", "%d 件（うち期限超過 %d 件）\n"},
	"due.h.date":       {"DATE", "期日"},
	"due.h.days":       {"WHEN", "残り"},
	"due.h.kind":       {"KIND", "種別"},
	"due.h.staff":      {"STAFF", "ID"},
	"due.h.name":       {"NAME", "氏名"},
	"due.h.who":        {"WHO", "担当"},
	"due.h.what":       {"WHAT", "内容"},
	"due.h.client":     {"CLIENT", "派遣先"},
	"due.today":        {"today", "今日"},
	"due.overdue":      {"%dd overdue", "%d日超過"},
	"due.in":           {"in %dd", "%d日後"},
	"kind.follow-up":   {"follow-up", "フォロー"},
	"kind.milestone":   {"milestone", "節目"},
	"kind.request":     {"request", "相談事項"},
	"kind.report":      {"report", "結果報告"},
	"kind.renewal":     {"renewal", "更新"},
	"kind.limit":       {"limit", "抵触日"},
	"kind.unscheduled": {"unscheduled", "次回未定"},

	// new
	"new.created":     {"created %s for %s (%s)\n", "%s を作成しました: %s（%s）\n"},
	"new.logged":      {"logged %s %s for %s %s; next follow-up %s\n", "%s %s を %s %s に記録しました。次回フォロー: %s\n"},
	"new.requests":    {"new requests: %s\n", "新しい相談事項: %s\n"},
	"new.milestones":  {"milestones from the rules: %s\n", "ルールによる節目: %s\n"},
	"new.skippedpast": {"not written, already past on %s: %s\n", "%s 時点で過ぎているため書いていない節目: %s\n"},
	"new.keptnext":    {"next stays %s: the record has a later visit (%s)\n", "次回日は %s のままです（より新しい記録 %s があります）\n"},
	"new.nonext":      {"a visit without a next follow-up date is unfinished: agree the next date on the spot and give --next DATE (e.g. --next 2w)", "次回フォロー日のない訪問記録は未完了です。その場で次回日を決めて --next DATE を指定してください（例: --next 2w）"},
	"new.noname":      {"no record %s yet: give --name to create it (family name first)", "%s の記録はまだありません。作成するには --name（姓 名）を指定してください"},
	"new.noowner":     {"no record %s yet: give --owner (or set FOLLOW_USER / me: in follow.yaml)", "%s の記録はまだありません。--owner を指定してください（FOLLOW_USER か follow.yaml の me: でも可）"},
	"new.novisit":     {"nothing to log for %s: give --fact, --topic, --note or --request, with --next", "%s に記録する内容がありません。--fact / --topic / --note / --request と --next を指定してください"},
	"new.createflags": {"%s already exists; %s only applies when creating a record", "%s は既にあります。%s は記録の作成時だけ使えます"},

	// renew, end, done
	"renew.done":   {"renewed %s %s (renewal %d) until %s\n", "%s %s の契約更新を記録しました（%d回目、%s まで）\n"},
	"renew.closed": {"closed renewal checks: %s\n", "完了にした更新確認: %s\n"},
	"end.done":     {"recorded the end of %s %s on %s\n", "%s %s の終了（%s）を記録しました\n"},
	"done.done":    {"%s %s: %s\n", "%s %s: %s\n"},

	// lint
	"lint.summary": {"records: %d, errors: %d, warnings: %d\n", "記録 %d 件: エラー %d 件、警告 %d 件\n"},
	"lint.clean":   {"records: %d, no problems\n", "記録 %d 件: 問題はありません\n"},
}

func translate(lang, key string, args ...any) string {
	m, ok := catalog[key]
	if !ok {
		return key
	}
	s := m[0]
	if lang == "ja" && m[1] != "" {
		s = m[1]
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}
