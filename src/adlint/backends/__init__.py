"""Optional outside services adlint can ask (LanguageTool), imported only when used."""
