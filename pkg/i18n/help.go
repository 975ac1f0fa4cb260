// The help of the commands, sorted by key (TestCatalogSorted), in both languages: what
// follow COMMAND --help, the man pages and docs/cli print. pkg/cli's localize reads it:
//
//	help.<cmd>.short, .long, .example   <cmd>: root, new, completion.bash, ...
//	flag.<cmd>.<flag>                   a flag's usage; flag.<flag> when it says the same
//	                                    on every command (-h, --version, --json)
//	cobra.*                             cobra's own words: the layout of the usage
//	usage.*                             the usage errors of cobra and pflag
//
// A flag's usage may name its value in backquotes (`DATE`), as pflag reads it. One with %s
// takes the usage the command declared (a list made from data). Help texts are never
// formatted otherwise: a % in them is printed as it is.
//
// The Japanese help is written for the people follow is for: Japanese data, dates as an
// input method types them (１２月１６日, ２０２６－１２－０５, R8.12.1); the English help
// has the same commands with English prose.

package i18n

var helpTexts = [...]entry{
	{"cobra.aliases", "Aliases:", "別名:"},
	{"cobra.commandarg", "[command]", "[コマンド]"},
	{"cobra.commands", "Available Commands:", "コマンド:"},
	{"cobra.default", " (default %s)", "（既定値: %s）"},
	{"cobra.deprecated", " (DEPRECATED: %s)", "（非推奨: %s）"},
	{"cobra.examples", "Examples:", "例:"},
	{"cobra.flags", "Flags:", "オプション:"},
	{"cobra.flagsarg", "[flags]", "[オプション]"},
	{"cobra.globalflags", "Global Flags:", "共通オプション:"},
	{"cobra.helptopics", "Additional help topics:", "その他のヘルプ:"},
	{"cobra.man.description", "DESCRIPTION", "説明"},
	{"cobra.man.example", "EXAMPLE", "例"},
	{"cobra.man.inherited", "OPTIONS INHERITED FROM PARENT COMMANDS", "共通オプション"},
	{"cobra.man.manual", "follow manual", "follow マニュアル"},
	{"cobra.man.name", "NAME", "名前"},
	{"cobra.man.options", "OPTIONS", "オプション"},
	{"cobra.man.seealso", "SEE ALSO", "関連項目"},
	{"cobra.man.synopsis", "SYNOPSIS", "書式"},
	{"cobra.morehelp", "Use \"%s --help\" for more information about a command.", "各コマンドの詳しい説明は \"%s --help\" で表示します。"},
	{"cobra.type.duration", "duration", "期間"},
	{"cobra.type.int", "int", "整数"},
	{"cobra.type.string", "string", "文字列"},
	{"cobra.type.stringArray", "stringArray", "文字列"},
	{"cobra.type.strings", "strings", "文字列,…"},
	{"cobra.usage", "Usage:", "使い方:"},

	{"doc.columns", "Command | What it does", "コマンド | 内容"},
	{"doc.examples", "Examples", "例"},
	{"doc.inherited", "Options inherited from parent commands", "共通オプション"},
	{"doc.intro", "Every command with its flags, as `follow COMMAND --help` prints them. The record format is in\n[%sFORMAT.md](%sFORMAT.md); the checks of `follow lint` are in [%slint-rules.md](%slint-rules.md).\nIn Japanese: [ja/README.md](ja/README.md).", "すべてのコマンドとそのオプションです（`follow コマンド --help` が表示する内容と同じです）。記録の\n形式は [%sFORMAT.md](%sFORMAT.md) に、`follow lint` の検査項目は [%slint-rules.md](%slint-rules.md) にあります。\nEnglish: [../README.md](../README.md)."},
	{"doc.options", "Options", "オプション"},
	{"doc.seealso", "SEE ALSO", "関連項目"},
	{"doc.synopsis", "Synopsis", "説明"},
	{"doc.title", "follow command reference", "follow コマンドリファレンス"},

	{"flag.bom", "start CSV output with a UTF-8 BOM (for Excel)", "CSV の先頭に UTF-8 の BOM を付ける（Excel 用）"},
	{"flag.complaints.format", "output format: table, json, csv", "出力形式: table, json, csv"},
	{"flag.complaints.from", "only complaints received on or after this day", "この日以降に申出のあった苦情だけ"},
	{"flag.complaints.json", "shorthand for --format json", "--format json と同じ"},
	{"flag.complaints.to", "only complaints received on or before this day", "この日までに申出のあった苦情だけ"},
	{"flag.done.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.done.date", "when it was done (default today; a milestone: the latest visit or call that fulfilled it)", "行った日（既定: 今日。マイルストーンは、それを果たした最新の訪問か電話の日）"},
	{"flag.done.how", "how the result was reported back, or how the milestone was done (電話, 訪問, メール, ...)", "結果をどう報告したか、またはマイルストーンをどう行ったか（電話、訪問、メール、…）"},
	{"flag.done.no-report", "resolved, but not yet reported back", "解決したが、本人にはまだ報告していない"},
	{"flag.done.note", "a note on how it was resolved", "どう解決したかのメモ"},
	{"flag.done.notified", "a complaint: the client (派遣先) was told of it (the complaint stays open)", "苦情を派遣先に伝えた（苦情は未完了のまま）"},
	{"flag.due.alarm", "with ics: a reminder at this time of the day, e.g. 9h, or -15h for 9:00 the day before", "ics で: その日のこの時刻に通知する。例: 9h、前日の 9:00 なら -15h"},
	{"flag.due.calls", "only the manager's thank-you calls, printed as the call sheet (whom, where, why)", "上長のお礼の電話だけを、電話シート（相手・場所・理由）として表示する"},
	{"flag.due.cancelled", "with ics: how long an item done or no longer due stays in the calendar as a cancelled event, so a re-import removes it (0 for never)", "ics のとき、完了した・期日でなくなった項目を取り消しの予定として残す期間（再読み込みで消えるように。0 で残さない）"},
	{"flag.due.client", "only staff at clients whose name contains this", "派遣先の名前にこれを含むスタッフだけ"},
	{"flag.due.format", "output format: table, json, csv, ics", "出力形式: table, json, csv, ics"},
	{"flag.due.json", "shorthand for --format json", "--format json と同じ"},
	{"flag.due.kind", "only these kinds, by code or label (節目): %s", "この種類だけ（種別名でも可: 節目）: %s"},
	{"flag.due.limit", "list only the first `N` items (the oldest), in any format", "最初の `N` 件（古いものから）だけを表示する。どの形式でも"},
	{"flag.due.me", "only items I must do ($FOLLOW_USER, ~/.config/follow/config.yaml, git config user.name)", "自分がする項目だけ（$FOLLOW_USER、~/.config/follow/config.yaml、git config user.name）"},
	{"flag.due.overdue", "only overdue items", "期限を過ぎた項目だけ"},
	{"flag.due.owner", "only staff followed by this owner", "この担当者がフォローするスタッフだけ"},
	{"flag.due.who", "only items this person must do (a manager's calls, say)", "この人がする項目だけ（上長の電話など）"},
	{"flag.due.wide", "show every column whole, however wide the terminal", "端末の幅にかかわらず、すべての列を省略せずに表示する"},
	{"flag.due.within", "how far ahead to look (default 7d, or within: in follow.yaml)", "どこまで先を見るか（既定: 7d、または follow.yaml の within:）"},
	{"flag.duties.format", "output format: table, json, csv", "出力形式: table, json, csv"},
	{"flag.duties.json", "shorthand for --format json", "--format json と同じ"},
	{"flag.duties.year", "the fiscal year, named by the year it starts in (default: this one)", "年度。始まる年で指定する（2026、2026年度、令和8年度。既定: 今年度）"},
	{"flag.duty.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.duty.date", "when it happened (default today)", "行った日（既定: 今日）"},
	{"flag.duty.hours", "training (required), career: the hours, 1.5 allowed", "training（必須）、career: 時間数。1.5 のようにも書ける"},
	{"flag.duty.option", "wish, measure: %s", "wish・measure の選択肢: %s"},
	{"flag.duty.outcome", "measure: what came of it", "measure: どうなったか"},
	{"flag.duty.result", "measure: %s (default pending)", "measure の結果: %s（既定: pending）"},
	{"flag.duty.what", "what was given, asked or done (a wish or a measure: may be the option itself)", "行ったこと・聞いたこと・したこと（希望や措置では選択肢そのものでもよい）"},
	{"flag.end.category", "category of the end, by code or label (本人都合; see end_categories in follow.yaml)", "終了の区分。コードでもラベルでも（本人都合 など。follow.yaml の end_categories）"},
	{"flag.end.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.end.date", "the last day of the dispatch (default today)", "派遣の最終日（既定: 今日）"},
	{"flag.end.reason", "why it ended (required)", "終了の理由（必須）"},
	{"flag.export.format", "md, html or json", "md、html、json のどれか"},
	{"flag.fmt.check", "write nothing; list files that would change and exit 1 if any", "何も書かない。変わるファイルを表示し、あれば終了コード 1"},
	{"flag.handover.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.handover.date", "the date of the handover (default today)", "引き継いだ日（既定: 今日）"},
	{"flag.handover.new-person", "--to names someone new to the team: write the name as typed", "--to はチームにまだいない人: 名前を入力したとおりに書く"},
	{"flag.handover.note", "what the new owner should know", "新しい担当者に知っておいてほしいこと"},
	{"flag.handover.to", "the new owner, a person of the team (required)", "新しい担当者。チームの人（必須）"},
	{"flag.help", "help for %s", "%s のヘルプを表示する"},
	{"flag.import.dry-run", "show what would be created and appended; write nothing", "作るもの・追加するものを表示するだけで、何も書かない"},
	{"flag.import.encoding", "encoding of the files: auto, utf-8 or cp932 (Shift_JIS)", "ファイルの文字コード: auto, utf-8 または cp932（Shift_JIS）"},
	{"flag.import.json", "print what was done as JSON", "したことを JSON で表示する"},
	{"flag.import.new-person", "owners and managers nobody in the team has yet are written as the file gives them", "チームにまだいない担当者・上長は、ファイルにあるとおりに書く"},
	{"flag.import.skip-bad", "write the good rows and notes even when some are bad (still exits 1)", "正しくない行やメモがあっても正しいものは書く（終了コードは 1）"},
	{"flag.init.hooks", "also configure the merge driver and install the pre-commit hook into .git", "マージドライバも設定し、コミット前のフックを .git に入れる"},
	{"flag.lint.format", "output format: text, json, github", "出力形式: text, json, github"},
	{"flag.lint.list", "list the checks with their severity and exit", "検査の一覧を重要度とともに表示して終わる"},
	{"flag.lint.quiet", "print nothing but the findings (no summary)", "見つけた問題だけを表示する（まとめは出さない）"},
	{"flag.lint.staged", "check the records as staged for the next commit (git's index), not the working tree", "作業ツリーではなく、次のコミットにステージした記録（git のインデックス）を検査する"},
	{"flag.lint.strict", "treat warnings as errors", "警告をエラーとして扱う"},
	{"flag.list.client", "only staff at clients whose name contains this", "派遣先の名前にこれを含むスタッフだけ"},
	{"flag.list.json", "print JSON", "JSON で表示する"},
	{"flag.list.owner", "only staff followed by this owner", "この担当者がフォローするスタッフだけ"},
	{"flag.list.search", "text to find in ID, name, kana, client, site and notes", "ID・氏名・読み・派遣先・部署・メモから探す文字"},
	{"flag.list.status", "active, ended or all", "active（稼働中）、ended（終了）、all（すべて）"},
	{"flag.list.wide", "show every column whole, however wide the terminal", "端末の幅にかかわらず、すべての列を省略せずに表示する"},
	{"flag.new.client", "client company (creating)", "派遣先の会社（作るとき）"},
	{"flag.new.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.new.date", "date of the visit, not after today (default today; 11/30 is the latest 11/30 up to today)", "訪問した日。今日より後は不可（既定: 今日。11/30 は今日までで最も近い 11/30）"},
	{"flag.new.done", "open milestones or requests this visit closes, by id (M3,R2); repeatable", "この訪問で完了した節目・相談事項の ID（M3,R2）。繰り返し可"},
	{"flag.new.dry-run", "say what the visit would write and close, and write nothing", "訪問で書き込む内容と完了する項目を示すだけで、何も書かない"},
	{"flag.new.edit", "write the visit in $VISUAL / $EDITOR even without a terminal", "端末でなくても $VISUAL / $EDITOR で訪問を書く"},
	{"flag.new.fact", "a fact confirmed (A); repeatable", "確認した事実（A）。繰り返し指定できる"},
	{"flag.new.from", "read the visit as a draft from this file (- for standard input)", "訪問の下書きをこのファイルから読む（- は標準入力）"},
	{"flag.new.intent", "does the staff member mean to stay: stay, unsure or leave (継続, 迷い, 終了希望)", "本人の意向: 継続・迷い・終了希望（stay, unsure, leave）"},
	{"flag.new.kana", "reading of the name (creating)", "氏名の読み（作るとき）"},
	{"flag.new.kind", "kind of contact: visit, call, mail, online (default visit)", "連絡の種類: visit 訪問, call 電話, mail メール, online オンライン（既定: visit）"},
	{"flag.new.manager", "manager who makes the milestone calls, a person of the team (creating)", "マイルストーンの電話をする上長。チームの人（作るとき）"},
	{"flag.new.mood", "how satisfied the staff member is, `1-5`: 1 (bad) to 5 (good)", "満足度 `1-5`: 1（低い）から5（高い）"},
	{"flag.new.name", "full name, family name first (creating)", "氏名。姓が先（作るとき）"},
	{"flag.new.new-person", "--owner / --manager (or me, the default owner) or the who of a request name someone new to the team: write the name as typed", "--owner・--manager（または既定の担当者である自分）や相談事項の who がチームにまだいない人: 名前を入力したとおりに書く"},
	{"flag.new.next", "the next follow-up agreed on the spot: a date not before the visit, then a time and a place if agreed (\"12/16 15:00 休憩室\"; required with a visit; 1/5 is the next 1/5 from today)", "その場で約束した次回のフォロー。訪問より前は不可の日付に、決まっていれば時刻と場所（\"12/16 15:00 休憩室\"。訪問では必須。1/5 は今日から次の 1/5）"},
	{"flag.new.note", "any other note; repeatable", "そのほかのメモ。繰り返し指定できる"},
	{"flag.new.owner", "follow-up owner, a person of the team (creating; default: me)", "フォローの担当者。チームの人（作るとき。既定: 自分）"},
	{"flag.new.request", `a request (B): "TEXT; due DATE; plan TEXT; report DATE HOW"; repeatable`, `相談事項（B）: "内容; due 期日; plan 方針; report 日付 方法"。繰り返し指定できる`},
	{"flag.new.site", "site / organizational unit (creating)", "部署・組織単位（作るとき）"},
	{"flag.new.site-phone", "the workplace's phone number, where the manager calls the supervisor (creating)", "就業先の電話番号。上長が指揮命令者に電話する先（作るとき）"},
	{"flag.new.start", "start date (creating; default today)", "就業開始日（作るとき。既定: 今日）"},
	{"flag.new.supervisor", "on-site supervisor (指揮命令者) (creating)", "派遣先の指揮命令者（作るとき）"},
	{"flag.new.topic", "a personal topic to pick up next time; repeatable", "次回に話題にする近況。繰り返し指定できる"},
	{"flag.new.until", "end of the first contract (creating)", "最初の契約の終了日（作るとき）"},
	{"flag.next.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.next.note", "why the appointment moved, written into the log entry", "日程を変更した理由。ログの項目に書く"},
	{"flag.no-descriptions", "disable completion descriptions", "補完候補の説明を出さない"},
	{"flag.renew.commit", "commit the record alone with its one-line message (git add, then git commit --only: nothing else staged is committed)", "記録だけを1行のメッセージでコミットする（git add のあと git commit --only。ほかにステージした変更はコミットしない）"},
	{"flag.renew.date", "the date the renewal was agreed (default today)", "更新が決まった日（既定: 今日）"},
	{"flag.renew.until", "the new contract end (required)", "新しい契約終了日（必須）"},
	{"flag.report.force", "write into DIR even if it holds other files", "DIR にほかのファイルがあっても書く"},
	{"flag.report.from", "first day of the figures' window (as follow stats)", "数字の期間の初日（follow stats と同じ）"},
	{"flag.report.min", "minimum count for a rate to be judged", "率を判断するのに必要な最小の件数"},
	{"flag.report.to", "last day of the figures' window (as follow stats)", "数字の期間の最終日（follow stats と同じ）"},
	{"flag.report.within", "how far ahead the due list looks (default 7d, or within: in follow.yaml)", "期日の一覧がどこまで先を見るか（既定: 7d、または follow.yaml の within:）"},
	{"flag.root.dir", "records directory (default: $FOLLOW_DIR, the folder holding follow.yaml, ./records)", "記録のフォルダ（既定: $FOLLOW_DIR、follow.yaml のあるフォルダ、./records）"},
	{"flag.root.lang", "language of messages, tables, the brief and the help: ja or en (default: the locale, LC_ALL / LC_MESSAGES / LANG, when it names a language, else lang: in follow.yaml); records keep their own language", "メッセージ・表・ブリーフ・ヘルプの言語: ja か en（既定: ロケール LC_ALL / LC_MESSAGES / LANG が言語を指定していればそれ、なければ follow.yaml の lang:）。記録に書く言葉は記録ごとの言語のまま"},
	{"flag.root.no-color", "never colour the output (also: $NO_COLOR)", "出力に色を付けない（$NO_COLOR でも同じ）"},
	{"flag.root.today", "the date to treat as today (default: $FOLLOW_TODAY, the clock)", "今日として扱う日付（既定: $FOLLOW_TODAY、なければ時計）"},
	{"flag.show.all", "also print the whole log", "ログ全体も表示する"},
	{"flag.show.json", "print the brief as JSON", "ブリーフを JSON で表示する"},
	{"flag.stats.by", "group by: %s (cohort = start month)", "集計の単位: %s（cohort は就業開始月）"},
	{"flag.stats.format", "output format: table, json, csv", "出力形式: table, json, csv"},
	{"flag.stats.from", "first day of the window (default: the first day of the month 11 months before --to)", "期間の初日（既定: --to の11か月前の月の1日）"},
	{"flag.stats.json", "shorthand for --format json", "--format json と同じ"},
	{"flag.stats.min", "minimum count for a rate to be judged; smaller groups are marked too small", "率を判断するのに必要な最小の件数。少ないグループには少なすぎると印を付ける"},
	{"flag.stats.to", "last day of the window (default: the last day of this month)", "期間の最終日（既定: 今月の末日）"},
	{"flag.version", "version for %s", "%s のバージョンを表示する"},

	{"help.complaints.example", `  follow complaints
  follow complaints --from R8.4.1 --to R9.3.31 --format csv --bom > 苦情処理の記録_2026年度.csv
  follow complaints --json | jq '.[] | select(.status == "open") | [.staff, .id, .what]'`, `  follow complaints
  follow complaints --from R8.4.1 --to R9.3.31 --format csv --bom > 苦情処理の記録_2026年度.csv
  follow complaints --json | jq '.[] | select(.status == "open") | [.staff, .id, .what]'`},
	{"help.complaints.long", `List the complaint register (苦情処理の記録) the management ledger (派遣元管理台帳)
must hold: every complaint of the records (a request with type: complaint, recorded with
--request "...; complaint"), never an ordinary request, whether the staff member or the
client raised it, and whether the staff member is still dispatched or not.

Each complaint shows the day it was received (申出年月日: the first entry of the log that
lists it), the staff member, the client and site, what it was about, who handled it (the
person its who names, the manager for a client's complaint, else the owner on the day it
was received), the day the client was told (follow done ID R2 --notified), how far it was
handled with its result (follow done ID R2 --note), and the day the result was reported
back to the staff member. --from and --to keep the complaints received in that period
(both days included; dates as follow new reads them, 和暦 too); a complaint that no entry
lists has no received day and is always listed, so that none goes missing.

JSON (an array, one object per complaint, by received day; stable fields whatever the
language; dates YYYY-MM-DD or null): received, staff, name, client, site, id, from (staff
or client), what, plan, handler, handler_role (owner, manager, or "" for a named person),
notified, due, status (open, resolved, reported), resolved, result, reported, how, file,
line. CSV has the same columns in that order; cells that a spreadsheet would read as a
formula are quoted with a leading '.`, `記録にある苦情の一覧（苦情処理の記録）を、派遣元管理台帳に載せる形で表示します。
苦情（type: complaint の相談事項。--request "...; 苦情" で記録）だけを表示し、通常の相談事項は
含めません。スタッフ本人からの苦情も派遣先からの苦情も、就業中のスタッフも終了したスタッフも
対象です。

苦情ごとに、申出年月日（その苦情を最初に書いたログの日付）、スタッフ、派遣先と就業先、苦情の
内容、対応者（who で指名した人、派遣先からの苦情なら上長、それ以外は申出の日の担当者）、
派遣先に伝えた日（follow done ID R2 --notified）、処理状況と結果（follow done ID R2 --note）、
本人に結果を報告した日を表示します。--from と --to で、その期間（両端の日を含む）に申出の
あった苦情に絞ります（日付は follow new と同じく和暦でも書けます）。どのログにも書かれていない
苦情は申出年月日が分からないので、漏れないよう常に表示します。

JSON（苦情ごとに1つのオブジェクトの配列。申出年月日順。フィールドは言語によらず変わりません。
日付は YYYY-MM-DD か null）: received, staff, name, client, site, id, from（staff か client）,
what, plan, handler, handler_role（owner, manager、指名した人なら ""）, notified, due,
status（open, resolved, reported）, resolved, result, reported, how, file, line。CSV も同じ列を
この順に持ちます。表計算ソフトが数式と読むセルには先頭に ' を付けます。`},
	{"help.complaints.short", "The complaint register (苦情処理の記録) for the management ledger", "苦情処理の記録（派遣元管理台帳の苦情の欄）を表示する"},

	{"help.completion.bash.long", `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(follow completion bash)

To load completions for every new session, execute once:

#### Linux:

	follow completion bash > /etc/bash_completion.d/follow

#### macOS:

	follow completion bash > $(brew --prefix)/etc/bash_completion.d/follow

You will need to start a new shell for this setup to take effect.
`, `bash の補完スクリプトを出力します。

このスクリプトには bash-completion パッケージが必要です。
入っていなければ、OS のパッケージマネージャでインストールしてください。

今のシェルで補完を使うには:

	source <(follow completion bash)

新しいシェルでいつも使うには、一度だけ次を実行します:

#### Linux:

	follow completion bash > /etc/bash_completion.d/follow

#### macOS:

	follow completion bash > $(brew --prefix)/etc/bash_completion.d/follow

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.bash.short", "Generate the autocompletion script for bash", "bash の補完スクリプトを出力する"},
	{"help.completion.fish.long", `Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	follow completion fish | source

To load completions for every new session, execute once:

	follow completion fish > ~/.config/fish/completions/follow.fish

You will need to start a new shell for this setup to take effect.
`, `fish の補完スクリプトを出力します。

今のシェルで補完を使うには:

	follow completion fish | source

新しいシェルでいつも使うには、一度だけ次を実行します:

	follow completion fish > ~/.config/fish/completions/follow.fish

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.fish.short", "Generate the autocompletion script for fish", "fish の補完スクリプトを出力する"},
	{"help.completion.long", `Generate the autocompletion script for follow for the specified shell.
See each sub-command's help for details on how to use the generated script.
`, `follow の補完スクリプトを、指定したシェル用に出力します。
スクリプトの使い方は、シェルごとのサブコマンドのヘルプをご覧ください。
`},
	{"help.completion.powershell.long", `Generate the autocompletion script for powershell.

To load completions in your current shell session:

	follow completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`, `PowerShell の補完スクリプトを出力します。

今のシェルで補完を使うには:

	follow completion powershell | Out-String | Invoke-Expression

新しいシェルでいつも使うには、上のコマンドの出力を PowerShell のプロファイルに
追加してください。
`},
	{"help.completion.powershell.short", "Generate the autocompletion script for powershell", "PowerShell の補完スクリプトを出力する"},
	{"help.completion.short", "Generate the autocompletion script for the specified shell", "指定したシェルの補完スクリプトを出力する"},
	{"help.completion.zsh.long", `Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(follow completion zsh)

To load completions for every new session, execute once:

#### Linux:

	follow completion zsh > "${fpath[1]}/_follow"

#### macOS:

	follow completion zsh > $(brew --prefix)/share/zsh/site-functions/_follow

You will need to start a new shell for this setup to take effect.
`, `zsh の補完スクリプトを出力します。

zsh の補完がまだ有効でなければ、有効にしてください。一度だけ次を実行します:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

今のシェルで補完を使うには:

	source <(follow completion zsh)

新しいシェルでいつも使うには、一度だけ次を実行します:

#### Linux:

	follow completion zsh > "${fpath[1]}/_follow"

#### macOS:

	follow completion zsh > $(brew --prefix)/share/zsh/site-functions/_follow

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.zsh.short", "Generate the autocompletion script for zsh", "zsh の補完スクリプトを出力する"},

	{"help.done.example", `  follow done S0101 M3
  follow done S0101 R2 --note "席替え済み" --how 電話
  follow done S0101 R2 --no-report --date １２月４日
  follow done S0101 R3 --notified --date 12/2   # a complaint passed on to the client
  follow done S0110 M11 --how 電話 --note "北村さんに更新のお礼。来期も同じ体制で"`, `  follow done S0101 M3
  follow done S0101 R2 --note "席替え済み" --how 電話
  follow done S0101 R2 --no-report --date １２月４日
  follow done S0101 R3 --notified --date 12/2   # 苦情を派遣先に伝えた
  follow done S0110 M11 --how 電話 --note "北村さんに更新のお礼。来期も同じ体制で"`},
	{"help.done.long", `Mark a milestone (M3) or a request (R2) of a staff member done.

For a request, done means resolved and the result reported back to the staff member:
both dates are set, with --how saying how it was reported. Use --no-report when it is
resolved but not yet reported back; follow due keeps the report-back until a second
follow done. For a milestone, --how says how it was done (a thank-you call made by
phone or in person). A dated line is written into the log, by whoever runs the command
(the By: / 記入: line); a manager's call (a milestone with who: manager) written by
someone else than the record's manager says so: 「上長 堀 直人 の電話を 大西 由美 が代わりに
記録」.

A complaint (a request with type: complaint, 苦情) from a staff member must be passed on
to the client (派遣先) promptly: --notified records the day the client was told (--date,
default today) and leaves the complaint open; follow done without it closes it as any
request. --notified is refused (exit 2) for a request that is not a complaint.

Without --date a milestone is dated the latest visit or call up to today that fulfilled it
(the owner's milestone due nearest to that contact, within milestone_window of it), so
closing it the morning after the visit does not count it late; otherwise today.`, `スタッフのマイルストーン（M3）や相談事項（R2）を完了にします。

相談事項の完了とは、解決して、その結果をスタッフ本人に報告したことです。両方の日付を記録し、
どう報告したかを --how で書きます。解決したがまだ本人に報告していないときは --no-report を
付けます。follow due は、2回目の follow done まで報告を期日として残します。マイルストーンでは、
--how はどう行ったか（お礼の電話か訪問か）を書きます。記録のログには、コマンドを実行した人の
名前（記入: / By: の行）で日付付きの行を書きます。上長の電話（who: manager のマイルストーン）を
記録の上長以外の人が記録したときは、そのことを書きます: 「上長 堀 直人 の電話を 大西 由美 が代わりに
記録」。

スタッフからの苦情（type: complaint の相談事項）は、速やかに派遣先へ伝えなければなりません。
--notified は派遣先に伝えた日（--date、既定は今日）を記録し、苦情は未完了のまま残します。
--notified を付けない follow done は、ほかの相談事項と同じく苦情を完了にします。苦情でない
相談事項に --notified を付けると拒否します（終了コード 2）。

--date がなければ、マイルストーンの日付は、今日までにそれを果たした最新の訪問か電話の日です
（その連絡の milestone_window 以内で、期日が最も近い担当者のマイルストーン）。訪問の翌朝に
完了にしても遅れとは数えません。それ以外は今日です。`},
	{"help.done.short", "Mark a milestone or a request done", "マイルストーンや相談事項を完了にする"},

	{"help.due.example", `  follow due                       # this morning's list
  follow due --me                  # only what I must do (who "me" is: see follow due --help)
  follow due --who 鈴木 --kind milestone
  follow due --who 堀 --calls          # the manager's call sheet for the day
  follow due --within 1m --json
  follow due --overdue --limit 50  # the 50 oldest overdue items
  follow due --format ics --alarm 9h > follow.ics`, `  follow due                       # 今朝の一覧
  follow due --me                  # 自分がすることだけ（「自分」が誰かは follow due --help）
  follow due --who 鈴木 --kind milestone
  follow due --who 堀 --calls          # 上長のその日の電話シート
  follow due --within 1m --json
  follow due --overdue --limit 50  # 期限超過の古いほうから50件
  follow due --format ics --alarm 9h > follow.ics`},
	{"help.due.long", `List every follow-up, request, report-back, milestone, renewal check, limit-date
warning and agency duty (kind duty: the employment-stability measures near the limit
date, training short of the hours owed) that is due up to today + --within, and
everything overdue, oldest first.
Ended staff are not listed. A record that cannot be read is reported on stderr, the
others are still listed, and the exit code is 1.

JSON fields (stable): date, staff, name, kind, who, role, what, code, ref, overdue,
days, owner, manager, client, site, supervisor, site_phone, file, line, and ending (the
last day, 終了予定, of a dispatch whose end is recorded but still to come: listed until
then; absent otherwise). An ended record's next after its last day is of kind after-end.
JSON, CSV and
ICS never depend on the reader's language: the words follow generates are in the team's
(lang: in follow.yaml), else English; the table is in the reader's.

On a terminal the table fits its width (full-width characters count as two columns):
until it fits, what is cut to 40 columns (with …), the client is left out, what is cut
to 30, the date is left out (when says how far it is), then the kind, what is cut to 20,
who is left out, and what is cut to 10. --wide shows every column; a pipe or a file gets
the whole table. $FOLLOW_COLUMNS sets the width (even into a pipe; 0 for none).

--owner, --who and --me name a person of the team (people: in follow.yaml, else the
names in the records): a full name, a family name, the start of a name or its reading
(もりもと, モリモト) that names one person; an ambiguous or unknown name is refused with
the candidates. "me" is $FOLLOW_USER, else me: in ~/.config/follow/config.yaml
($XDG_CONFIG_HOME/follow/config.yaml), else git config user.name.

A manager's thank-you call to the client's on-site supervisor (a milestone with who:
manager, code call) names whom to call: the supervisor, the site and the workplace's
phone (site_phone). --calls keeps only those calls and prints the call sheet: for each
call whom to call and where, the phone, why it is due (the first day, which renewal),
the staff member, and what the follow-up owner last noted. With --json, --calls gives
the calls' data (fields: date, days, overdue, staff, name, ref, what, who, supervisor,
client, site, site_phone, owner, reason, renewal, start, term, noted, file, line).

The calendar (--format ics) stays true when it is imported again: each event's UID
names the duty, so a moved date moves it; an overdue item is placed on today, its
summary saying how overdue; every event carries DTSTAMP and a SEQUENCE that grows
with each export; and an item done or no longer due within --cancelled (30d) is
exported as cancelled (STATUS:CANCELLED), so the calendar removes it. Descriptions
name the record by its path relative to the records folder.`, `今日から --within 先までに期日が来る、または期限を過ぎたフォロー・相談事項・本人への報告・
マイルストーン・更新確認・抵触日の警告・派遣元の義務（種類 duty: 抵触日が近いときの雇用安定
措置、必要な時間に足りない教育訓練）を、古い順にすべて表示します。終了したスタッフは
表示しません。読めない記録は標準エラーに報告し、ほかの記録は表示したうえで、終了コードを 1 に
します。

JSON のフィールド（変わりません）: date, staff, name, kind, who, role, what, code, ref,
overdue, days, owner, manager, client, site, supervisor, site_phone, file, line、ending（終了日が
記録済みで最終日がまだ先のときの最終日・終了予定。その日までは表示します。それ以外はなし）。
終了した記録の最終日より後の next は種類 after-end（終了後）です。JSON・CSV・ICS は読む人の
言語によって変わりません。follow が作る言葉はチームの言語（follow.yaml の lang:）、なければ
英語です。表は読む人の言語で表示します。

端末では、表を端末の幅に収めます（全角文字は2桁と数えます）。収まるまで順に、内容を40桁に
縮め（…を付けます）、派遣先を省き、内容を30桁に縮め、期日を省き（残りが日数を示します）、
種類を省き、内容を20桁に縮め、担当を省き、内容を10桁に縮めます。--wide ですべての列を表示
します。パイプやファイルには表全体を書きます。$FOLLOW_COLUMNS で幅を指定できます（パイプでも。
0 で指定なし）。

--owner・--who・--me はチームの人を指します（follow.yaml の people:、なければ記録にある名前）。
フルネーム、姓、名前の先頭、読み（もりもと、モリモト）のどれでも、1人に決まれば使えます。
あいまいな名前や知らない名前は候補を示して拒否します。「me」（自分）は $FOLLOW_USER、なければ
~/.config/follow/config.yaml（$XDG_CONFIG_HOME/follow/config.yaml）の me:、なければ
git config user.name です。

上長から派遣先の指揮命令者へのお礼の電話（who: manager、code call のマイルストーン）は、電話する
相手を示します: 指揮命令者、部署、就業先の電話番号（site_phone）です。--calls はその電話だけを
残し、電話シートを表示します: 電話ごとに、相手とその場所、電話番号、期日の理由（就業初日、
何回目の更新か）、スタッフ、フォロー担当者が最後に書いたこと。--json と一緒に使うと、--calls は
電話のデータを出力します（フィールド: date, days, overdue, staff, name, ref, what, who,
supervisor, client, site, site_phone, owner, reason, renewal, start, term, noted, file, line）。

カレンダー（--format ics）は、取り込み直しても正しいままです: 各予定の UID は項目を指すので、
日付が動けば予定も動きます。期限を過ぎた項目は今日に置き、件名にどれだけ過ぎたかを書きます。
すべての予定に DTSTAMP と、書き出すたびに増える SEQUENCE を付けます。--cancelled（30d）以内に
完了した、または期日でなくなった項目は取り消し（STATUS:CANCELLED）として書き出すので、
カレンダーから消えます。説明には、記録のフォルダからの相対パスで記録を書きます。`},
	{"help.due.short", "List what is due or overdue, for whom", "期日・期限超過の項目を、誰がするかとともに表示する"},

	{"help.duties.example", `  follow duties
  follow duties --year 令和7年度 --format csv --bom > 2025年度_教育訓練.csv
  follow duties --json | jq '.[] | select(.training_hours < .training_hours_owed) | .staff'`, `  follow duties
  follow duties --year 令和7年度 --format csv --bom > 2025年度_教育訓練.csv
  follow duties --json | jq '.[] | select(.training_hours < .training_hours_owed) | .staff'`},
	{"help.duties.long", `List, for one fiscal year, what the agency did for each staff member (follow duty
records it): the training hours given against the hours owed in the first years
(training in follow.yaml: 8 a year for 3 years; a shortfall is marked), the career
consultations, the staff member's latest wish about stable employment and the measures
taken with their outcome. Every staff member dispatched at some time in the year is
listed, and anyone with an entry in it.

The fiscal year runs from fiscal_year_start in follow.yaml (April by default) and is
named by the year it starts in: --year 2026 (or 2026年度, 令和8年度) is 2026-04-01 to
2027-03-31. The default is the year today falls in.

JSON (an array, one object per staff member; stable fields): staff, name, owner,
status, fiscal_year, training_hours, training_hours_owed, training, career_consultations,
career, wish, measures, file; each entry has date, what, and hours, option, outcome,
result when it has them. CSV has the columns staff, name, owner, status, fiscal_year,
training_hours, training_hours_owed, career_consultations, wish_date, wish_option, wish,
measures.`, `1つの年度について、スタッフごとに派遣元が行ったこと（follow duty で記録したもの）を表示します:
はじめの数年に必要な時間に対する教育訓練の時間（follow.yaml の training: 既定は 3年間、
年 8時間。足りなければ印を付けます）、キャリアコンサルティング、雇用の安定についての本人の
最新の希望、行った措置とその結果です。その年度のどこかで派遣されていたスタッフと、その年度に
記録のあるスタッフをすべて表示します。

年度は follow.yaml の fiscal_year_start（既定は 4月）に始まり、始まる年で呼びます:
--year 2026（または 2026年度、令和8年度）は 2026-04-01 から 2027-03-31 までです。既定は今日の
属する年度です。

JSON（スタッフごとに1つのオブジェクトの配列。フィールドは変わりません）: staff, name, owner,
status, fiscal_year, training_hours, training_hours_owed, training, career_consultations,
career, wish, measures, file。各項目には date, what と、あれば hours, option, outcome,
result があります。CSV の列は staff, name, owner, status, fiscal_year, training_hours,
training_hours_owed, career_consultations, wish_date, wish_option, wish, measures です。`},
	{"help.duties.short", "Training hours, career consultations and employment-stability measures per fiscal year", "年度ごとの教育訓練の時間・キャリアコンサルティング・雇用安定措置"},

	{"help.duty.example", `  follow duty S0109 training --what "経理実務研修（インボイス制度）" --hours 3 --date R8.6.15
  follow duty S0109 career --what "抵触日以降の働き方について"
  follow duty S0109 wish --what 派遣先での直接雇用
  follow duty S0109 措置 --option 直接雇用 --what "派遣先へ直接雇用を依頼" --outcome "見送り" --result 不成立`, `  follow duty S0109 training --what "経理実務研修（インボイス制度）" --hours 3 --date R8.6.15
  follow duty S0109 career --what "抵触日以降の働き方について"
  follow duty S0109 wish --what 派遣先での直接雇用
  follow duty S0109 措置 --option 直接雇用 --what "派遣先へ直接雇用を依頼" --outcome "見送り" --result 不成立`},
	{"help.duty.long", `Record one of the agency's duties met at the follow-up, so the office can prove what it
did (労働者派遣法 30条, 30条の2; kept in the 派遣元管理台帳). KIND is one of:

  training   教育訓練: training given, with --hours (8 a fiscal year are owed in the
             first 3 years; follow due reminds of a shortfall near the year's end)
  career     キャリアコンサルティング: a career consultation (--hours optional)
  wish       本人の希望: the staff member's wish about stable employment near the
             3-year limit: --option direct-hire (派遣先での直接雇用), new-dispatch
             (新たな派遣先), indefinite (無期雇用) or other (その他)
  measure    雇用安定措置: a measure taken, its --option, --outcome and --result
             (pending, achieved, failed; after a failed one, another measure is due)

KIND and the options may be typed in Japanese too (教育訓練, キャリコン, 希望, 措置;
直接雇用, 無期, 不成立, ...). For a wish or a measure, --what may be the option itself
(--what 派遣先での直接雇用). The entry is added to duties: in the front matter and a
dated line to the log, in the record's words; nothing else in the file changes.
follow duties lists them per fiscal year.`, `フォローの場で果たした派遣元の義務を1つ記録し、事業所が行ったことを示せるようにします
（労働者派遣法 30条、30条の2。派遣元管理台帳に記載するもの）。KIND は次のどれかです:

  training   教育訓練: 行った訓練と --hours（はじめの 3年間は年度に 8時間が必要。
             年度末が近づいて足りなければ follow due が知らせます）
  career     キャリアコンサルティング（--hours は任意）
  wish       本人の希望: 抵触日（3年）が近いときの雇用の安定についての希望。--option に
             direct-hire（派遣先での直接雇用）、new-dispatch（新たな派遣先）、
             indefinite（無期雇用）、other（その他）
  measure    雇用安定措置: 行った措置。--option、--outcome、--result（pending 対応中、
             achieved 成立、failed 不成立。不成立の後は次の措置が期日になります）

KIND や選択肢は日本語でも書けます（教育訓練、キャリコン、希望、措置。直接雇用、無期、
不成立、…）。希望や措置では、--what に選択肢そのものを書いても構いません
（--what 派遣先での直接雇用）。フロントマターの duties: に項目を、ログに日付付きの行を、記録の
言語で追加します。ファイルのほかの部分は変わりません。follow duties で年度ごとに一覧できます。`},
	{"help.duty.short", "Record training, a career consultation, or an employment-stability wish or measure", "教育訓練・キャリアコンサルティング・雇用安定の希望や措置を記録する"},

	{"help.end.example", `  follow end S0104 --date 令和8年12月31日 --reason "契約満了、本人が資格取得のため学業に専念" --category staff-reason`, `  follow end S0104 --date 令和8年12月31日 --reason "契約満了、本人が資格取得のため学業に専念" --category staff-reason`},
	{"help.end.long", `Record that a staff member's dispatch ended: status becomes ended, with the date, the
reason and a category (the team's list in follow.yaml end_categories; by default
contract-expiry, staff-reason, client-reason, other). Ended staff leave follow due.
Open renewal checks are closed. A dated line is written into the log.`, `スタッフの派遣が終了したことを記録します: status が ended になり、日付・理由・区分
（follow.yaml の end_categories にあるチームの一覧。既定は contract-expiry 契約満了、
staff-reason 本人都合、client-reason 派遣先都合、other その他）を記録します。終了したスタッフは
follow due に出なくなります。未完了の更新確認は閉じます。ログに日付付きの行を書きます。`},
	{"help.end.short", "Record the end of a dispatch (終了)", "派遣の終了を記録する"},

	{"help.export.example", `  follow export S0109 > S0109_開示.md
  follow export S0109 --format html > S0109_開示.html`, `  follow export S0109 > S0109_開示.md
  follow export S0109 --format html > S0109_開示.html`},
	{"help.export.long", `Print one staff member's whole record as a readable document, for a disclosure
request (個人情報保護法 33条: a person may ask to see what is held about them): the front
matter as labelled fields in your language, the contract periods, milestones, requests
and duties (training, career consulting, employment-stability measures) as tables,
every entry of the log as written, and the front matter as it is kept, comments included.

Only that record is read: nothing about any other staff member, and nothing of the
team's rules, can enter the document. --format html makes one self-contained page (no
script, nothing loaded from the network, the same Content-Security-Policy as follow
report; the log rendered without raw HTML and with links as text); md (the default) is
markdown; json is the same record for a program (every front-matter key, every entry as
written; the same whatever your language). Write it to a file and check it before
handing it over.`, `スタッフ1人の記録全体を、開示請求（個人情報保護法 33条: 本人は自分について保有されている
情報の開示を求めることができます）のために読める文書として出力します。フロントマターは
あなたの言語の見出し付きの項目として、契約期間・マイルストーン・相談事項・義務（教育訓練、
キャリアコンサルティング、雇用安定措置）は表として、ログのすべての記録は書かれたとおりに、
そして保存されているとおりのフロントマターをコメントも含めて出力します。

読むのはその記録だけです。ほかのスタッフのことも、チームのルールも、文書には入りません。
--format html は1つで完結したページを作ります（スクリプトなし、ネットワークから何も読み込まず、
follow report と同じ Content-Security-Policy。ログは生の HTML なしで、リンクは文字として表示）。
md（既定）は markdown です。json はプログラム向けの同じ記録です（フロントマターのすべてのキー、
書かれたとおりのすべての記録。あなたの言語によって変わりません）。ファイルに書き出し、渡す前に
確認してください。`},
	{"help.export.short", "One staff member's whole record, readable, for a disclosure request", "スタッフ1人の記録全体を、開示請求のために読める形で出力する"},

	{"help.fmt.example", `  follow fmt
  follow fmt --check        # in CI
  follow fmt records/S0101.md`, `  follow fmt
  follow fmt --check        # CI で
  follow fmt records/S0101.md`},
	{"help.fmt.long", `Rewrite records in the canonical layout of what follow owns: entry headings as
"## YYYY-MM-DD kind" with an ASCII date, the Next: line form, one blank line around
headings, no trailing spaces (outside YAML block scalars and code blocks), the line
ends of the first line everywhere, no byte order mark, one final newline. The wording
of notes and YAML comments is never changed, and formatting twice changes nothing.

Prints the files it rewrote. With --check nothing is written: the files that would
change are printed and the exit status is 1 when there is any.`, `follow が扱う部分を正規のレイアウトに書き直します: 記録の見出しは ASCII の日付で
「## YYYY-MM-DD 種類」、Next: 行の形、見出しの前後に空行1つ、行末の空白なし（YAML の
ブロックスカラーとコードブロックの中は除く）、改行コードは1行目のものにそろえる、BOM なし、
最後に改行1つ。メモや YAML のコメントの文言は決して変えず、2回書き直しても何も変わりません。

書き直したファイルを表示します。--check のときは何も書かず、変わるファイルを表示し、
1つでもあれば終了コードを 1 にします。`},
	{"help.fmt.short", "Rewrite records in canonical layout (--check for CI)", "記録を正規のレイアウトに書き直す（CI では --check）"},

	{"help.handover.example", `  follow handover S0101 --to 川口 --note "月曜午前は避ける。次回は柴犬の話から"`, `  follow handover S0101 --to 川口 --note "月曜午前は避ける。次回は柴犬の話から"`},
	{"help.handover.long", `Change the follow-up owner of a staff member: owner: in the front matter becomes --to,
a dated handover entry with --note is written into the log (so whoever opens the record
later sees who followed whom, and what the previous owner wanted passed on), and the
brief (follow show) is printed for the new owner.

--to names a person of the team (people: in follow.yaml, else the names already in the
records): a full name, a family name, the start of a name or its reading that names one
person gives the full name; an ambiguous or unknown name is refused with the candidates
and the record is not touched. --new-person writes a name nobody has yet as typed.`, `スタッフのフォロー担当者を変えます: フロントマターの owner: が --to になり、--note を付けた
日付付きの引き継ぎの記録をログに書き（後で記録を開いた人が、誰から誰に引き継いだか、前の担当者が
何を伝えたかったかを分かるように）、新しい担当者のためにブリーフ（follow show）を表示します。

--to はチームの人を指します（follow.yaml の people:、なければ記録にある名前）。フルネーム、姓、
名前の先頭、読みのどれでも、1人に決まればフルネームになります。あいまいな名前や知らない名前は
候補を示して拒否し、記録には触れません。--new-person を付けると、まだ誰もいない名前を入力した
とおりに書きます。`},
	{"help.handover.short", "Hand a staff member over to another owner, with a note, and print their brief", "スタッフを別の担当者に引き継ぎ、メモを残してブリーフを表示する"},

	{"help.help.long", `Help provides help for any command in the application.
Simply type follow help [path to command] for full details.`, `follow の各コマンドのヘルプを表示します。
follow help [コマンド] で、そのコマンドの詳しい説明を表示します。`},
	{"help.help.short", "Help about any command", "コマンドのヘルプを表示する"},

	{"help.import.example", `  # a staff list exported from Excel (Shift_JIS): check it, then import it
  follow import スタッフ一覧.csv --dry-run
  follow import スタッフ一覧.csv

  # notes kept per person in Obsidian or a wiki
  follow import メモ/

  # write what is good, fix the rest later
  follow import スタッフ一覧.csv メモ/ --skip-bad`, `  # Excel から書き出したスタッフ一覧（Shift_JIS）: 確かめてから取り込む
  follow import スタッフ一覧.csv --dry-run
  follow import スタッフ一覧.csv

  # Obsidian や wiki に1人ずつ書いてきたメモ
  follow import メモ/

  # 正しいものだけ書き、残りは後で直す
  follow import スタッフ一覧.csv メモ/ --skip-bad`},
	{"help.import.long", `Import what a team already has, so that nobody types hundreds of records by hand.

A staff list (FILE.csv), as Excel or a dispatch back-office system exports it: one row
per staff member creates a record exactly as follow new ID --name ... does (milestones
from the team's rules on business days, those already past reported and not written).
UTF-8 (with or without a BOM) and Shift_JIS (CP932, what Excel writes in Japan) are told
apart by themselves. The first row names the columns, in Japanese or English:
スタッフID/ID, 氏名/name, フリガナ/kana, 派遣先/client, 部署/site, 指揮命令者/supervisor,
営業担当/owner, 上長/manager, 就業開始日/start, 契約終了日/until (docs/CONFIG.md lists every
header follow knows; map others in follow.yaml, import.columns). ID, name and start are
needed. Owners and managers are resolved against the team as follow new resolves --owner
and --manager (people: of follow.yaml, else the names in the records): a team starting
with its staff list declares people: first, or gives --new-person to write the names as
the file has them. A row without an owner takes the user's name, as follow new does.
Dates as offices write them: 2026/12/1, 2026-12-01, 2026年12月1日, 令和8年12月1日, R8.12.1.

Notes (FILE.md, or every .md file in DIR): markdown with front matter in YAML (---),
TOML (+++) or JSON ({ ... }) naming staff (or id) and date, and optionally kind (visit,
call, ...; a note when absent) and next. Each becomes a dated entry of that staff
member's record, in date order, its body the entry's text (headings moved below the
entry's); the latest note's next becomes the record's next when it is later.

Nothing is written unless every row and note is good: each bad one is reported as
FILE:LINE: what is wrong (for a cell, with its column), and the exit code is 1. With
--skip-bad the good ones are written and the exit code is still 1. Personal data (a My
Number, a card number, the sensitive words of follow lint) in any cell or note is
refused. Importing again changes nothing: a record that exists is never overwritten (a
row that differs from it is reported with the fields), and a note already imported is
not appended twice.

JSON fields (stable): dry_run, written, items (file, line, id, action: create,
unchanged, differs, append or imported; path, name, milestones, skipped, diffs
(field, record, file), date, kind, next, next_moved), problems (file, line, column,
code, what), ignored_columns (file, columns).`, `チームがすでに持っているものを取り込み、何百もの記録を手で入力しなくて済むようにします。

スタッフ一覧（FILE.csv）は Excel や派遣の基幹システムが書き出すものです。スタッフ1人につき
1行から、follow new ID --name ... と同じ記録を作ります（マイルストーンはチームのルールから
営業日で作り、すでに過ぎたものは報告して書きません）。UTF-8（BOM の有無を問わず）と
Shift_JIS（CP932。日本の Excel が書く形式）は自動で見分けます。1行目は列の名前で、日本語でも
英語でも書けます: スタッフID/ID, 氏名/name, フリガナ/kana, 派遣先/client, 部署/site,
指揮命令者/supervisor, 営業担当/owner, 上長/manager, 就業開始日/start, 契約終了日/until
（follow が知っている見出しはすべて docs/CONFIG.md にあります。ほかの見出しは follow.yaml の
import.columns で対応づけます）。ID・氏名・就業開始日は必須です。担当者と上長は、follow new が
--owner と --manager を解決するのと同じく、チームの人として解決します（follow.yaml の people:、
なければ記録にある名前）。スタッフ一覧から始めるチームは、先に people: を書くか、--new-person を
付けてファイルにあるとおりに名前を書きます。担当者のない行は、follow new と同じく使う人の名前に
なります。日付は事務所で書くとおりに書けます: 2026/12/1、2026-12-01、2026年12月1日、
令和8年12月1日、R8.12.1。

メモ（FILE.md、または DIR にあるすべての .md ファイル）は、staff（または id）と date を書いた
YAML（---）、TOML（+++）、JSON（{ ... }）のフロントマター付きの markdown です。kind（visit、
call、…。なければメモ）と next も書けます。それぞれがそのスタッフの記録の日付付きの記録に
なり、日付順に並び、本文がその内容になります（見出しは記録の見出しの下の階層に移します）。
最新のメモの next が記録の next より後なら、記録の next になります。

すべての行とメモが正しくなければ何も書きません。正しくないものはそれぞれ
FILE:LINE: 何が正しくないか（セルならその列も）と報告し、終了コードを 1 にします。
--skip-bad を付けると正しいものを書き、終了コードはやはり 1 です。どのセルやメモにも個人情報
（マイナンバー、カード番号、follow lint の要配慮の語）があれば拒否します。もう一度取り込んでも
何も変わりません: ある記録を上書きすることはなく（記録と違う行は、違う項目とともに報告します）、
取り込み済みのメモを2回追加することもありません。

JSON のフィールド（変わりません）: dry_run, written, items (file, line, id, action: create,
unchanged, differs, append または imported; path, name, milestones, skipped, diffs
(field, record, file), date, kind, next, next_moved), problems (file, line, column,
code, what), ignored_columns (file, columns)。`},
	{"help.import.short", "Start from what the team has: a staff list (CSV) and notes kept in markdown", "チームの手元にあるものから始める: スタッフ一覧（CSV）と markdown のメモ"},

	{"help.init.example", `  mkdir team-follow && cd team-follow && git init
  follow init --hooks`, `  mkdir team-follow && cd team-follow && git init
  follow init --hooks`},
	{"help.init.long", `Create a ready team repository in DIR (default: the current folder):

  records/follow.yaml           the team's rules, written out and commented (lang: ja)
  records/S0001.md              an example record, starting today
  record.schema.json            the front matter schema, for editors (follow schema)
  .gitignore                    follow's .follow/ folder and temporary files
  .gitattributes                records merged by the follow merge driver, diffed as markdown
  .github/workflows/follow.yml  CI: follow lint --format github and follow fmt --check, with
                                this very version of follow (never @latest)
  .githooks/pre-commit          the pre-commit hook (privacy guard and lint)

The example record starts on the day init runs, with its milestones ahead, so a new
repository lints clean and its first follow due looks like a real first morning.

--hooks also configures the merge driver (merge.follow.driver = follow merge %O %A %B %P)
in .git/config and installs the pre-commit hook into .git/hooks; outside a git repository
it says so before writing anything. In a repository that already holds a records/
follow.yaml (a fresh clone of the team's repository) follow init creates no file: with
--hooks it configures the clone only, and it never brings back the example record the
team deleted. It never overwrites a file you have changed.`, `DIR（既定: 今のフォルダ）に、すぐ使えるチームのリポジトリを作ります:

  records/follow.yaml           チームのルール。すべて書き出してコメント付き（lang: ja）
  records/S0001.md              記録の例。今日から始まる
  record.schema.json            フロントマターのスキーマ。エディタ用（follow schema）
  .gitignore                    follow の .follow/ フォルダと一時ファイル
  .gitattributes                記録は follow merge ドライバでマージし、markdown として差分を取る
  .github/workflows/follow.yml  CI: follow lint --format github と follow fmt --check を、
                                まさにこのバージョンの follow で（@latest は使わない）
  .githooks/pre-commit          コミット前のフック（個人情報の検査と lint）

記録の例は init を実行した日に始まり、マイルストーンはこれから来るので、新しいリポジトリは
lint で何も出ず、最初の follow due は本当の最初の朝のように見えます。

--hooks を付けると、.git/config にマージドライバ（merge.follow.driver = follow merge %O %A %B %P）
を設定し、コミット前のフックを .git/hooks に入れます。git のリポジトリの外では、何か書く前に
そう伝えます。すでに records/follow.yaml のあるリポジトリ（チームのリポジトリを clone した
ばかりのもの）では、follow init はファイルを作りません。--hooks があればその clone を設定する
だけで、チームが消した記録の例を戻すこともありません。変更したファイルを上書きすることは
決してありません。`},
	{"help.init.short", "Set up a team repository for records", "記録のためのチームのリポジトリを用意する"},

	{"help.lint.example", `  follow lint
  follow lint records/S0001.md
  follow lint --staged            # in a pre-commit hook
  follow lint --format github     # in a GitHub Actions workflow`, `  follow lint
  follow lint records/S0001.md
  follow lint --staged            # コミット前のフックで
  follow lint --format github     # GitHub Actions のワークフローで`},
	{"help.lint.long", `Check every record under the records directory, or the files and folders given, and
report all problems, not only the first, as

  file:line:col: error|warning|info: message [rule]

An info says what follow could do for you (a milestone a visit already fulfilled); it is
never an error, not even with --strict. Exit status: 0 when there is no error (warnings
and infos allowed), 1 when there is any error, 2 when the command is used wrongly. --format json prints an array of objects with
file, line, column, severity, rule and message; --format github prints GitHub Actions
annotations.

Checks can be turned off for a repository in follow.yaml (lint: disable: [rule, ...]);
--list shows them all. --strict turns warnings into errors.

--staged checks what the next commit would record rather than the working tree: the
content git's index holds for every record staged under the records directory (added,
changed, renamed or copied; a part staged with git add -p is what is checked), named by
its path in the repository. Markdown that is not a record (README.md, _template.md,
anything in a hidden folder, anything outside the records directory) is not checked. The
pre-commit hook of follow init --hooks runs follow lint --staged --quiet; other hook
managers (pre-commit, lefthook) can run the same command.`, `記録のフォルダにあるすべての記録、または指定したファイルとフォルダを検査し、最初の1つだけで
なくすべての問題を次の形で報告します:

  file:line:col: error|warning|info: メッセージ [rule]

info は follow ができることを伝えます（訪問ですでに果たしたマイルストーンなど）。--strict でも
エラーにはなりません。終了コード: エラーがなければ 0（警告と info はあってもよい）、エラーが1つでもあれば 1、コマンドの
使い方が正しくなければ 2。--format json は file, line, column, severity, rule, message を
持つオブジェクトの配列を、--format github は GitHub Actions の注釈を出力します。

検査はリポジトリごとに follow.yaml で止められます（lint: disable: [rule, ...]）。--list で
すべての検査を表示します。--strict は警告をエラーとして扱います。

--staged は作業ツリーではなく、次のコミットに入るものを検査します: 記録のフォルダにある、
ステージしたすべての記録（追加・変更・名前の変更・コピー。git add -p で一部だけステージした
ときはその内容）について git のインデックスにある内容を、リポジトリでのパスの名前で検査します。
記録でない markdown（README.md、_template.md、隠しフォルダにあるもの、記録のフォルダの外に
あるもの）は検査しません。follow init --hooks のコミット前のフックは follow lint --staged --quiet
を実行します。ほかのフック管理ツール（pre-commit、lefthook）も同じコマンドを実行できます。`},
	{"help.lint.short", "Check records and report every problem (for CI)", "記録を検査し、すべての問題を報告する（CI 用）"},

	{"help.list.example", `  follow list
  follow list --owner 森本 --client ミナト
  follow list --search やまだ
  follow list --status all --json`, `  follow list
  follow list --owner 森本 --client ミナト
  follow list --search やまだ
  follow list --status all --json`},
	{"help.list.long", `List the staff members, sorted by ID: active ones unless --status says otherwise.

--search matches the ID, name, reading (kana), client, site and the notes (the log and
the requests). It ignores the differences an input method makes: full-width and
half-width forms, hiragana and katakana, case and spaces, so やまだ finds ヤマダ and,
through the reading in kana:, 山田. A kanji name is found by its reading or its kanji.
Where a note matched, the table and match show its date (or item ID) and the part of the
note around the match (24 columns, … where cut). When no active staff member matches but
an ended one does, follow list says so: add --status all.

--owner names a person of the team (people: in follow.yaml, else the names in the
records): a full name, a family name, the start of a name or its reading that names one
person; an ambiguous or unknown name is refused with the candidates.

JSON fields (stable): id, name, kana, status, owner, manager, client, site, supervisor,
start, next, next_overdue, contract_end, ended, ending, file, match. ending is true while
the last day of a recorded end is still to come (終了予定): listed as active until then.

An overdue next follow-up is marked (overdue), not only in red. On a terminal the table
fits its width: until it fits, where --search matched is cut to 30 columns, the site is
left out, the client is cut to 16, the owner is left out, the match is cut to 16 and the
client to 10. --wide shows every column; a pipe or a file gets the whole table;
$FOLLOW_COLUMNS sets the width (even into a pipe).`, `スタッフを ID 順に一覧します。--status で指定しなければ、稼働中のスタッフだけです。

--search は ID・氏名・読み（kana）・派遣先・部署・メモ（ログと相談事項）を探します。IME で
生じる違い（全角と半角、ひらがなとカタカナ、大文字と小文字、空白）は区別しないので、やまだ で
ヤマダ が見つかり、kana: の読みを通して 山田 も見つかります。漢字の名前は読みでも漢字でも
見つかります。メモで一致したときは、その日付（または項目 ID）と一致箇所の前後（24桁、切った所に …）を
示します。稼働中のスタッフに該当がなく終了した記録に該当があるときは、そう伝えます（--status all を
付けてください）。

--owner はチームの人を指します（follow.yaml の people:、なければ記録にある名前）。フルネーム、
姓、名前の先頭、読みのどれでも、1人に決まれば使えます。あいまいな名前や知らない名前は候補を
示して拒否します。

JSON のフィールド（変わりません）: id, name, kana, status, owner, manager, client, site,
supervisor, start, next, next_overdue, contract_end, ended, ending, file, match。ending は記録済みの
終了の最終日がまだ先のとき（終了予定）true で、その日までは稼働中として表示します。

次回のフォローが期限を過ぎていれば、赤字だけでなく（超過）と示します。端末では表を端末の幅に
収めます。収まるまで順に、--search の一致箇所を30桁に縮め、就業先を省き、派遣先を16桁に縮め、
担当を省き、一致箇所を16桁、派遣先を10桁に縮めます。--wide ですべての列を表示します。パイプや
ファイルには表全体を書きます。$FOLLOW_COLUMNS で幅を指定できます（パイプでも）。`},
	{"help.list.short", "List and find staff: by owner, client, status, or a search in names and notes", "スタッフを一覧・検索する: 担当者・派遣先・状態、名前やメモの検索で"},

	{"help.man.long", "Write the man pages of follow and every command (section 1, roff), for packagers: in English into DIR/man1, in Japanese into DIR/ja/man1 (where man(1) looks with LANG=ja_JP.UTF-8).", "follow とすべてのコマンドの man ページ（セクション 1、roff）をパッケージ作成用に書き出します。英語版は DIR/man1 に、日本語版は DIR/ja/man1 に書きます（LANG=ja_JP.UTF-8 のとき man(1) が読む場所です）。"},
	{"help.man.short", "Write the man pages of every command into DIR/man1 and DIR/ja/man1", "全コマンドの man ページを DIR/man1 と DIR/ja/man1 に書き出す"},

	{"help.merge.example", `  git config merge.follow.driver "follow merge %O %A %B %P"
  echo 'records/**/*.md merge=follow' >> .gitattributes`, `  git config merge.follow.driver "follow merge %O %A %B %P"
  echo 'records/**/*.md merge=follow' >> .gitattributes`},
	{"help.merge.long", `A git merge driver that understands records. Configured by follow init --hooks as

  git config merge.follow.driver "follow merge %O %A %B %P"

with records marked "merge=follow" in .gitattributes. Visits logged on both branches are
both kept, in date order; front matter merges key by key; requests and milestones
merge item by item, and new ones that took the same id on both branches are renumbered
(with the references in the log); next follows the Next: of the latest visit. When
contacts of one day on the two branches agreed different next dates, the earliest holds
(a promise to the staff member is never dropped) and a merge note (マージ / merge)
records the disagreement. A true
conflict (both branches changed the owner or the contract end differently, say) is left
between standard conflict markers, which follow lint reports, and the exit status is 1.
The result is written to OURS, as git expects. A file that is not a readable record is
merged line by line (git merge-file).`, `記録を理解する git のマージドライバです。follow init --hooks が次のように設定します

  git config merge.follow.driver "follow merge %O %A %B %P"

記録には .gitattributes で「merge=follow」と印を付けます。両方のブランチで書いた訪問の記録は
どちらも日付順に残します。フロントマターはキーごとに、相談事項とマイルストーンは項目ごとに
マージし、両方のブランチで同じ id を取った新しい項目は番号を振り直します（ログの参照も）。
next は最新の訪問の Next: に従います。同じ日の連絡で2つのブランチが別の次回の日付を約束して
いたときは、早いほうを残し（スタッフとの約束を落とさないため）、マージのメモ（マージ / merge）に
食い違いを記録します。本当の衝突（たとえば、両方のブランチが担当者や契約終了日を別々に変えた）は
通常の衝突マーカーの間に残し、follow lint がそれを報告し、終了コードは 1 です。結果は git が
期待するとおり OURS に書きます。読める記録でないファイルは行単位でマージします（git merge-file）。`},
	{"help.merge.short", "Merge driver for git: merge two versions of a record", "git のマージドライバ: 記録の2つの版をマージする"},

	{"help.new.example", `  # a new staff member, first contract until the end of February
  follow new S0013 --name "山田 花子" --kana "やまだ はなこ" --client "株式会社サンプル" \
      --site "経理部 経理課" --supervisor "田中 一郎" --owner 佐藤 --manager 鈴木 \
      --start 2026/12/1 --until 令和9年2月28日

  # right after a visit
  follow new S0013 --fact "請求書発行を担当、慣れてきた" --topic "娘さんの受験（1月）" \
      --request "席が空調の真下で寒い; due 12/10; plan 派遣先に席替えを相談; report 12/12 電話" \
      --next １２月１６日

  # a call: unsure about renewing, satisfaction 2 of 5
  follow new S0013 --kind call --intent 迷い --mood 2 --note "更新を迷っている" --next 来週水曜

  # a client's improvement request (for the manager) and a complaint
  follow new S0013 --request "服装の規定を守ってほしい; due 4/20; from client" \
      --request "残業代の計算が合わない; due 4/17; complaint" --next 1週間後`, `  # 新しいスタッフ。最初の契約は2月末まで
  follow new S0013 --name "山田 花子" --kana "やまだ はなこ" --client "株式会社サンプル" \
      --site "経理部 経理課" --supervisor "田中 一郎" --owner 佐藤 --manager 鈴木 \
      --start 2026/12/1 --until 令和9年2月28日

  # 訪問の直後に
  follow new S0013 --fact "請求書発行を担当、慣れてきた" --topic "娘さんの受験（1月）" \
      --request "席が空調の真下で寒い; due 12/10; plan 派遣先に席替えを相談; report 12/12 電話" \
      --next １２月１６日

  # 電話: 更新を迷っている、満足度は5のうち2
  follow new S0013 --kind call --intent 迷い --mood 2 --note "更新を迷っている" --next 来週水曜

  # 派遣先からの改善の依頼（上長が対応）と苦情
  follow new S0013 --request "服装の規定を守ってほしい; due 4/20; from client" \
      --request "残業代の計算が合わない; due 4/17; complaint" --next 1週間後`},
	{"help.new.long", `Log a visit, call or other contact with a staff member, right after it happened.

Split what you heard into facts confirmed (--fact, A), requests that need resolution
(--request, B: by when, in which direction, and when and how you report back), and
personal topics to pick up next time (--topic). --intent says whether the staff member
means to stay (stay, unsure, leave: 継続, 迷い, 終了希望) and --mood how satisfied they are
(1 to 5, 満足度): follow due flags a risk from them, follow stats counts the saves. A visit
without a next follow-up date is unfinished, so --next is required. A visit dated after
today, or a next date before the visit, is refused; a next date on a closed day is written
with a warning.

--done M3,R2 closes the open milestones and requests the visit resolved, with its date.
A visit also closes the owner's open milestone it fulfils: the owner's milestone (not a
renewal check) due nearest to the visit, within milestone_window (follow.yaml, default
7d) before or after it; follow new says so. --dry-run says what the visit would write
and close, and writes nothing.

When no record with ID exists yet, follow new creates it (--name is then required);
without visit flags it only creates the record, with next set to the start date, and
writes the milestones that the team's rules imply.

Request syntax: "TEXT; due DATE; plan TEXT; report DATE HOW" (；also works), and
"from client" (派遣先) for a client's request (the manager's, unless "who" says),
"who owner|manager|NAME" (担当|上長|a person of the team) for who must act, and
"complaint" (苦情) for a complaint.

--owner and --manager name people of the team (people: in follow.yaml, else the names
already in the records): a full name, a family name, the start of a name or its reading
that names one person gives the full name; an ambiguous or unknown name is refused with
the candidates. --new-person writes a name nobody has yet as typed. The owner defaults to
"me": $FOLLOW_USER, else me: in ~/.config/follow/config.yaml, else git config user.name.

What is written is checked by the privacy guard of follow lint first: a My Number, a card
number or sensitive personal information is refused with the finding, and nothing is
written (a draft is kept). A reviewed false positive passes with follow:allow on its line.

Without visit flags, for a staff member who has a record, the visit is read as a draft:
from --from FILE (- for standard input), from standard input when it is not a terminal
(follow new S0101 < visit.md), or written in $VISUAL or $EDITOR (as git commit does)
when standard input and output are terminals, or with --edit. The editor opens on a
template with the openers (what was said last time), the open requests and milestones,
the sections to fill in and an empty Next: line. A draft is the markdown of one visit:

  # Lines whose first character is # followed by a space (or nothing) are comments
  # and are removed; ## and ### headings are kept.
  ## 2026-12-05 visit              (optional: the date and kind; default --date, today)
  ### Facts                        (確認事項) A: facts confirmed
  - 請求書発行を担当、慣れてきた
  ### Requests                     (相談事項) B: new requests in the --request syntax,
  - 席が寒い; due 12/10; plan 席替えを相談; report 12/12 電話
  - R1; due 12/20                  or an open request's id first, to change its due,
                                   plan, report or who
  ### Personal                     (近況) topics to pick up next time
  - 娘さんの受験（1月）
  ### Notes                        (メモ) anything else
  ### Done                         (完了) open requests or milestones resolved at this
  - R2 席替え済み                  visit, by id, with a note: marked done (a request
                                   also reported back) on the visit's date
  Intent: unsure                   (意向:) stay, unsure or leave (継続, 迷い, 終了希望)
  Mood: 2                          (満足度:) 1 (bad) to 5 (good)
  Next: 2026-12-19                 (次回:) required while the staff member is active

Items are list lines (- * + ・) or plain lines; an indented line continues the item
above it. A draft that cannot be saved (no next date, a bad date) is never lost: it is
kept in the records directory's .follow/drafts/ (git-ignored), the errors are shown,
and the editor re-opens on it with the errors as comments. An empty draft saves nothing.`, `スタッフとの訪問・電話などの連絡を、その直後に記録します。

聞いたことを、確認した事実（--fact、A）、解決が必要な相談事項（--request、B: いつまでに、
どの方向で、いつどう本人に報告するか）、次回に話題にする近況（--topic）に分けて書きます。
--intent は本人が続けるつもりか（継続、迷い、終了希望: stay, unsure, leave）を、--mood は満足度
（1〜5）を書きます: follow due はそこからリスクを知らせ、follow stats は引き止めた数を数えます。
次回のフォロー日のない訪問は終わっていないので、--next は必須です。今日より後の日付の訪問や、
訪問より前の次回の日付は拒否します。休業日の次回の日付は、警告を出して書きます。

--done M3,R2 は、その訪問で解決した未完了のマイルストーンと相談事項を、訪問の日付で完了に
します。訪問は、それが果たした担当者の未完了のマイルストーンも完了にします: 訪問の前後
milestone_window（follow.yaml、既定は 7d）以内で期日が最も近い担当者のマイルストーン（更新確認は
除く）です。follow new はそのことを伝えます。--dry-run は、訪問が何を書き何を完了にするかを
伝え、何も書きません。

ID の記録がまだなければ follow new が作ります（そのときは --name が必須）。訪問のオプションが
なければ記録を作るだけで、next は就業開始日になり、チームのルールから決まるマイルストーンを
書きます。

相談事項の書き方: "内容; due 期日; plan 方針; report 日付 方法"（；でも可）。派遣先からの依頼は
"from client"（派遣先。"who" がなければ上長がする）、誰がするかは "who owner|manager|名前"
（担当|上長|チームの人）、苦情は "complaint"（苦情）です。

--owner と --manager はチームの人を指します（follow.yaml の people:、なければ記録にある
名前）。フルネーム、姓、名前の先頭、読みのどれでも、1人に決まればフルネームになります。
あいまいな名前や知らない名前は候補を示して拒否します。--new-person を付けると、まだ誰もいない
名前を入力したとおりに書きます。担当者の既定は「自分」: $FOLLOW_USER、なければ
~/.config/follow/config.yaml の me:、なければ git config user.name です。

書く内容は、先に follow lint の個人情報の検査を通します。マイナンバー、カード番号、要配慮個人
情報があれば、見つけたものを示して拒否し、何も書きません（下書きは残します）。確かめたうえでの
誤検出は、その行に follow:allow を書けば通ります。

記録のあるスタッフで訪問のオプションがなければ、訪問は下書きとして読みます: --from FILE（- は
標準入力）から、標準入力が端末でなければ標準入力から（follow new S0101 < visit.md）、
標準入力と標準出力が端末なら（または --edit で）$VISUAL か $EDITOR で書きます（git commit と
同じ）。エディタは、話のきっかけ（前回話したこと）、未完了の相談事項とマイルストーン、書く
セクション、空の Next: 行のあるひな形で開きます。下書きは1回の訪問の markdown です:

  # 最初の文字が # で、その後が空白（か何もない）の行はコメントで、
  # 消します。## と ### の見出しは残します。
  ## 2026-12-05 visit              （任意: 日付と種類。既定は --date、今日）
  ### 確認事項                     (Facts) A: 確認した事実
  - 請求書発行を担当、慣れてきた
  ### 相談事項                     (Requests) B: 新しい相談事項を --request の書き方で、
  - 席が寒い; due 12/10; plan 席替えを相談; report 12/12 電話
  - R1; due 12/20                  または未完了の相談事項の id を先頭に書いて、期日・
                                   方針・報告・誰がするかを変える
  ### 近況                         (Personal) 次回に話題にすること
  - 娘さんの受験（1月）
  ### メモ                         (Notes) そのほか
  ### 完了                         (Done) この訪問で解決した相談事項やマイルストーンを
  - R2 席替え済み                  id とメモで書く: 訪問の日付で完了にする（相談事項は
                                   本人への報告も）
  意向: 迷い                       (Intent:) 継続・迷い・終了希望（stay, unsure, leave）
  満足度: 2                        (Mood:) 1（低い）から5（高い）
  次回: 2026-12-19                 (Next:) スタッフが稼働中なら必須

項目はリストの行（- * + ・）か普通の行です。字下げした行は上の項目の続きです。保存できない
下書き（次回の日付がない、日付が正しくない）は決してなくなりません: 記録のフォルダの
.follow/drafts/（git では無視）に残し、エラーを表示し、エラーをコメントにしてエディタで
開き直します。空の下書きは何も保存しません。`},
	{"help.new.short", "Log a visit right after it (creates the record of a new staff member)", "訪問の直後に記録する（新しいスタッフなら記録を作る）"},

	{"help.next.example", `  follow next S0101 12/16 15:00 休憩室
  follow next S0101 2026-12-18 --note "本人の都合で変更"
  follow next S0101 12/16 午後3時半 "センター 2F 休憩室"`, `  follow next S0101 12/16 15:00 休憩室
  follow next S0101 2026-12-18 --note "本人の都合で変更"
  follow next S0101 12/16 午後3時半 "センター 2F 休憩室"`},
	{"help.next.long", `Move the next follow-up (reschedule): next, next_at and next_place change in the front
matter, and an entry of kind reschedule is written into the log, dated today and signed
by you, saying from when it moved (and why, with --note) and ending with the Next: line of
the new appointment, so the log and the front matter agree (follow lint).

DATE is any date follow reads (12/16 is the next December 16 from today, 2w, R8.12.16);
TIME (15:00, 15時半, 午後3時, 15:00-16:00) and PLACE are optional: a time or place
the record kept for the old date is dropped when none is given. A date before today is
refused; a date on a closed day (a public holiday, a weekend, 休業日) is written with a
warning naming the day.`, `次回のフォローを変更します（日程変更）: front matter の next・next_at・next_place を書き換え、
ログに種類「日程変更」の項目を今日の日付とあなたの記入者名で書きます。項目には変更前の日程（と
--note の理由）を書き、最後に新しい日程の 次回: 行を書くので、ログと front matter が一致します
（follow lint）。

DATE は follow が読める日付です（12/16 は今日から次の12月16日、2w、R8.12.16）。TIME（15:00、
15時半、午後3時、15:00-16:00）と PLACE は省略できます: 指定しなければ、前の日程の時刻と場所は
消えます。今日より前の日付は拒否します。休みの日（祝日・週末・休業日）の日付は、その日を示す
警告を出して書きます。`},
	{"help.next.short", "Reschedule the next follow-up (日程変更): date, time and place", "次回のフォローの日程を変更する（日付・時刻・場所）"},

	{"help.renew.example", `  follow renew S0101 --until R9.5.31
  follow renew S0101 --until 2027年5月31日 --date 12/20`, `  follow renew S0101 --until R9.5.31
  follow renew S0101 --until 2027年5月31日 --date 12/20`},
	{"help.renew.long", `Record one more renewal: the contract end moves to --until, the renewal count goes up,
the period is added to the contract history, open renewal checks for the old end are
closed, and the milestones the team's rules imply for this renewal are written (the
manager's thank-you call on the renewals the rules name, the next renewal-intent check).
A dated line is written into the log.`, `更新を1回記録します: 契約終了日が --until に移り、更新回数が1つ増え、契約の履歴に期間を
追加し、前の終了日についての未完了の更新確認を閉じ、この更新についてチームのルールから決まる
マイルストーン（ルールが指定する更新での上長のお礼の電話、次の更新意向の確認）を書きます。
ログに日付付きの行を書きます。`},
	{"help.renew.short", "Record a contract renewal (更新・延長)", "契約の更新・延長を記録する"},

	{"help.report.example", `  follow report ~/follow-report && open ~/follow-report/index.html
  follow report out --from 令和8年1月1日 --to 2026/12/31 --lang ja`, `  follow report ~/follow-report && open ~/follow-report/index.html
  follow report out --from 令和8年1月1日 --to 2026/12/31 --lang ja`},
	{"help.report.long", `Write a static HTML site into DIR that opens in any browser with no server and no
network: index.html (the team's due list by person, the figures of follow stats with
charts of the renewal rate by month and of overdue follow-ups by owner, the staff list)
and staff/<ID>.html for every staff member (the brief and the whole visit log).

Nothing in the pages loads from the internet and no page runs a script; links are
relative. The report holds personal notes: keep it local. DIR must be new, empty or an
earlier report (pages of staff no longer in the records are removed); --force writes
into any folder.`, `サーバもネットワークもなしにどのブラウザでも開ける静的な HTML のサイトを DIR に書きます:
index.html（担当者ごとのチームの期日の一覧、follow stats の数字と、月ごとの更新率と担当者ごとの
期限超過のフォローのグラフ、スタッフの一覧）と、スタッフごとの staff/<ID>.html（ブリーフと
訪問のログ全体）です。

ページはインターネットから何も読み込まず、スクリプトも実行しません。リンクは相対です。
レポートには個人的なメモが入っています: 手元にとどめてください。DIR は新しいフォルダ、空の
フォルダ、または以前のレポートでなければなりません（記録にもういないスタッフのページは消します）。
--force を付けるとどのフォルダにも書きます。`},
	{"help.report.short", "Write a static HTML report for managers: due list, figures, one page per staff member", "管理者向けの静的な HTML のレポートを書く: 期日の一覧、数字、スタッフごとのページ"},

	{"help.root.example", `  follow new S0013 --fact "請求書発行を担当、慣れてきた" --next １２月１６日
  follow due --me
  follow show S0013`, `  follow new S0013 --fact "請求書発行を担当、慣れてきた" --next １２月１６日
  follow due --me
  follow show S0013`},
	{"help.root.long", `follow keeps one markdown record per dispatched staff member (YAML front matter for the
present and every date that drives work, a dated log of visits below) and tells every
morning who is due.

  follow new S0001 --fact "..." --next 2w   log a visit right after it
  follow due                                 what is due or overdue, for whom
  follow lint                                check every record (for CI)

Records live in --dir, else $FOLLOW_DIR, else the nearest folder above holding
follow.yaml, else ./records. Dates: YYYY-MM-DD, YYYY/MM/DD, full-width digits,
2026年12月5日, today, tomorrow, next wed, 来週水曜, +3d, 2w, 1m. --today (or
$FOLLOW_TODAY) pins today.
The language of messages and help: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG)
when it names one, else lang: in follow.yaml, else English.`, `follow は派遣スタッフ1人につき1つの markdown の記録を持ち（今の状態と、仕事の期日になる
日付は YAML のフロントマターに、訪問などの記録は日付順にその下に）、毎朝、誰のフォローが
期日かを示します。

  follow new S0001 --fact "..." --next ２週間後   訪問の直後に記録する
  follow due                                      期日・期限超過の項目を担当者ごとに表示
  follow lint                                     すべての記録を検査する（CI 用）

記録のフォルダは --dir、なければ $FOLLOW_DIR、なければ上の階層で最も近い follow.yaml の
あるフォルダ、なければ ./records です。日付は 2026-12-05、2026/12/5、２０２６－１２－０５、
2026年12月5日、令和8年12月5日（R8.12.5）、12月5日、今日、明日、来週水曜、水曜日、3日後、
+3d、2w、1m のように書けます。--today（または $FOLLOW_TODAY）で今日の日付を固定できます。メッセージと
ヘルプの言語は --lang、なければ言語を指定したロケール（LC_ALL・LC_MESSAGES・LANG）、
なければ follow.yaml の lang:、なければ英語です。`},
	{"help.root.short", "Follow up dispatched staff: visit notes, due dates and team rules in markdown records", "派遣スタッフのフォロー: 訪問記録・期日・チームのルールを markdown の記録で"},

	{"help.schema.example", "  follow schema > record.schema.json", "  follow schema > record.schema.json"},
	{"help.schema.long", `Print a JSON Schema (draft-07) of the YAML front matter of a record, so an editor with
the YAML language server completes and checks keys while you type. follow init writes
it to record.schema.json and points records at it with the comment

  # yaml-language-server: $schema=../record.schema.json`, `記録の YAML フロントマターの JSON Schema（draft-07）を出力します。YAML language server の
あるエディタで、入力中にキーを補完・検査できます。follow init はこれを record.schema.json に
書き、記録から次のコメントで参照させます

  # yaml-language-server: $schema=../record.schema.json`},
	{"help.schema.short", "Print the JSON Schema of the record front matter (for editors)", "記録のフロントマターの JSON Schema を出力する（エディタ用）"},

	{"help.show.example", `  follow show S0101
  follow show S0101 --all | less
  follow show S0101 --json | jq '.openers[].question'`, `  follow show S0101
  follow show S0101 --all | less
  follow show S0101 --json | jq '.openers[].question'`},
	{"help.show.long", `Print the brief to read before a visit or a call: the staff member, client, site,
supervisor (and the workplace's phone), owner and manager; the days since the start and where they are in the first
three months; the contract end, the renewals so far and the limit date; the open
requests with their due and report-back dates (overdue ones marked); the upcoming
milestones; the openers — the facts and personal topics of the last contact that had
them, phrased as questions to start from — and a short history.

--all adds the whole log. --json prints the same data as JSON (stable field names:
id, name, kana, status, client, site, supervisor, site_phone, owner, manager, file, start, day,
first_months, contract_end, days_to_end, renewals, limit_date, exempt, next,
next_overdue, requests, milestones, openers, history, ended, handover; with --all, log).
The JSON is the same whatever the reader's language: the openers' questions are in the
record's language, and history.recent lists the latest entries with who wrote each.`, `訪問や電話の前に読むブリーフを表示します: スタッフ、派遣先、部署、指揮命令者（と就業先の
電話番号）、担当者と上長。就業開始からの日数と、最初の3か月のどこにいるか。契約終了日、これまでの
更新、抵触日。未完了の相談事項とその期日・報告日（期限超過には印）。これからのマイルストーン。
話のきっかけ — 事実と近況のある最後の連絡から、最初に尋ねる問いの形にしたもの — と短い履歴です。

--all はログ全体を加えます。--json は同じデータを JSON で出力します（フィールド名は変わりません:
id, name, kana, status, client, site, supervisor, site_phone, owner, manager, file, start, day,
first_months, contract_end, days_to_end, renewals, limit_date, exempt, next,
next_overdue, requests, milestones, openers, history, ended, handover。--all では log も）。
JSON は読む人の言語によって変わりません: 話のきっかけの問いは記録の言語で、history.recent は
最新の記録をそれぞれ書いた人とともに並べます。`},
	{"help.show.short", "The brief before a visit: who, where, what is open, and where to start", "訪問前のブリーフ: 誰が、どこで、何が未完了で、何から話すか"},

	{"help.stats.example", `  follow stats                              # the last 12 months, the whole team
  follow stats --by owner                   # per follow-up owner
  follow stats --by month --from 令和8年1月1日 --to 2026/12/31
  follow stats --by cohort --json`, `  follow stats                              # 直近12か月、チーム全体
  follow stats --by owner                   # フォロー担当者ごと
  follow stats --by month --from 令和8年1月1日 --to 2026/12/31
  follow stats --by cohort --json`},
	{"help.stats.long", `Show what is kept, not only what is lost: of the contract ends that fell in the window
(--from, --to; default the 12 calendar months up to the end of this month), how many
were renewed and how many ended (with the end categories), as a renewal rate (延長率) and
a termination rate (終了率), and the saves (終了回避): renewals of a contract in which a
contact flagged a risk of leaving (intent unsure or leave, mood 2 or less). Renewals and
saves count for the owner who followed the staff member when the renewal was agreed (the
handover entries of the log tell), not today's owner. Ends with no decision yet are
shown as pending and left out of the rates. Then the follow-up discipline: active staff with a next follow-up date,
overdue follow-ups and how many days overdue (median), requests reported back on time,
milestones done on time, and the median interval between contacts in the first three
months. The managers' thank-you calls to the on-site supervisors (milestones with who:
manager) are counted apart: made on time, late, or not yet (--by manager: each manager's
own figure).

Every rate shows its counts (12/13 = 92%). A rate over fewer than --min items is marked
too small to judge, not hidden. The figures come from the records alone (contract
history and visit logs), so they are the same on any clone. docs/STATS.md defines each.

JSON fields (stable): from, to, today, by, min, total, groups, ends, notes; each group
has saves next to renewed, each end risk and save.`, `失ったものだけでなく、続いたものを示します: 期間（--from、--to。既定は今月末までの12か月）に
来た契約終了のうち、いくつ更新され、いくつ終了したか（終了の区分とともに）を、延長率と終了率で
表示します。あわせて終了回避（契約期間中の連絡で終了のリスク（意向が迷い・終了希望、満足度が
2以下）があり、それでも更新された契約）を数えます。更新と終了回避は、今の担当者ではなく、更新が
決まったときの担当者（ログの引継ぎの記録から分かります）の数字になります。まだ決まっていない
終了は未定として示し、率には入れません。続いてフォローの規律:
次回のフォロー日のある稼働中のスタッフ、期限超過のフォローと何日超過しているか（中央値）、
期日どおりに報告した相談事項、期日どおりに済んだマイルストーン、最初の3か月の連絡の間隔の
中央値です。上長から派遣先の指揮命令者へのお礼の電話（who: manager のマイルストーン）は別に
数えます: 期日どおり、遅れ、まだ（--by manager: 上長ごとの数字）。

率にはいつもその件数を示します（12/13 = 92%）。--min 件より少ない率は、隠さずに、判断するには
少なすぎると印を付けます。数字は記録だけ（契約の履歴と訪問のログ）から出すので、どの clone でも
同じです。それぞれの定義は docs/STATS.md にあります。

JSON のフィールド（変わりません）: from, to, today, by, min, total, groups, ends, notes。各グループの
renewed の隣に saves が、各契約終了に risk と save があります。`},
	{"help.stats.short", "Renewal and termination rates, and the discipline of the follow-up", "更新率と終了率、フォローの規律"},

	{"usage.args.exact", "%s takes %d argument(s), %d given (usage: %s)", "%s の引数は %d 個です。%d 個指定されています（使い方: %s）"},
	{"usage.args.max", "%s takes at most %d argument(s), %d given (usage: %s)", "%s の引数は %d 個までです。%d 個指定されています（使い方: %s）"},
	{"usage.args.min", "%s takes at least %d argument(s), %d given (usage: %s)", "%s の引数は %d 個以上です。%d 個指定されています（使い方: %s）"},
	{"usage.args.none", "%s takes no arguments, but was given %q", "%s には引数を指定できません（%q が指定されています）"},
	{"usage.args.range", "%s takes %d to %d arguments, %d given (usage: %s)", "%s の引数は %d〜%d 個です。%d 個指定されています（使い方: %s）"},
	{"usage.flag.invalid", "--%s: %q is not valid: give %v", "--%s: %q は使えません。%vを指定してください"},
	{"usage.flag.invalidwhy", "--%s: %q is not valid: %v", "--%s: %q は使えません: %v"},
	{"usage.flag.novalue", "flag needs an argument: --%s", "--%s には値を指定してください"},
	{"usage.flag.other", "%v", "%v"},
	{"usage.flag.required", "required flag(s) not given: %s", "必須のオプションが指定されていません: %s"},
	{"usage.flag.syntax", "bad flag syntax: %s", "オプションの書き方が正しくありません: %s"},
	{"usage.flag.unknown", "unknown flag: --%s", "不明なオプションです: --%s"},
	{"usage.flag.unknownshort", "unknown shorthand flag: %q in -%s", "不明な短縮オプションです: %q（-%s の中）"},
	{"usage.flag.want.bool", "true or false", "true か false "},
	{"usage.flag.want.duration", "a duration such as 9h or 30m", "9h や 30m のような時間"},
	{"usage.flag.want.float64", "a number", "数値"},
	{"usage.flag.want.int", "a whole number", "整数"},
	{"usage.hint", "%v\nRun '%s --help' for usage.", "%v\n使い方は '%s --help' でご確認ください。"},
	{"usage.suggest", "%v\n\nDid you mean this?\n%s", "%v\n\nもしかして:\n%s"},
	{"usage.unknowncmd", "unknown command %q for %q", "%q というコマンドは %q にありません"},
}
