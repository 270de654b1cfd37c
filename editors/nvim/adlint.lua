-- adlint in Neovim 0.11+: diagnostics, code actions (gra) and hover (K)
vim.lsp.config('adlint', {
  cmd = { 'adlint', 'lsp' },
  filetypes = { 'markdown', 'html', 'text' },
  root_markers = { '.adlint.toml', 'pyproject.toml', '.git' },
  settings = { adlint = { profile = 'job-ad' } },  -- also: jurisdictions, grammar
})
vim.lsp.enable('adlint')
vim.diagnostic.config({ virtual_text = true })
