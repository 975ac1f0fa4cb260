package record

// SectionTerm returns the term a section name ("### " heading) is, and its language: only
// the tests ask (the scanner matches sections by the names of their meaning).
func SectionTerm(name string) (Term, string, bool) { return lookupTerm(termSection, name) }
