"""What adlint knows about an ad: words, sentences, sections, pay, elements,
readability, language, jurisdictions and gender coding, gathered per document in
`Facts` (facts.py). Language-specific word lists are data: rules/data/*.<lang>.yaml."""
