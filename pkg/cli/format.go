package cli

// tableFormat checks the --format, --json and --bom of a listing that prints a table, JSON
// or CSV (stats, duties, complaints): --json is --format json and contradicts another
// --format, --bom is for CSV only. It sets *format to json for --json.
func tableFormat(format *string, json, bom bool, changed func(string) bool) error {
	if json {
		if changed("format") && *format != "json" {
			return usageMsg("due.jsonformat", *format)
		}
		*format = "json"
	}
	switch *format {
	case "table", "json", "csv":
	default:
		return usageMsg("stats.badformat", *format)
	}
	if bom && *format != "csv" {
		return usageMsg("due.bomcsv")
	}
	return nil
}
