-- Neovim's own LSP client (0.7: vim.lsp.start_client) against `presscheck lsp`: open a copy
-- of a French sample, wait for the diagnostics, apply the quick fix of the outdated title,
-- check the buffer, and wait for the finding to go. Any failure or timeout exits non-zero
-- with a message on standard error.
local binary = os.getenv('PRESSCHECK_BINARY')
local sample = os.getenv('PRESSCHECK_SAMPLE')

local function fail(message)
  io.stderr:write('nvim LSP test FAILED: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function run()
  if not binary or not sample then
    return fail('PRESSCHECK_BINARY and PRESSCHECK_SAMPLE must be set')
  end
  local draft = vim.fn.tempname() .. '.md'
  vim.fn.writefile(vim.fn.readfile(sample, 'b'), draft, 'b')
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'presscheck',
    cmd = { binary, 'lsp' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  if not client_id then
    return fail('vim.lsp.start_client did not start ' .. binary)
  end
  vim.lsp.buf_attach_client(buf, client_id)

  local function outdated_title()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == 'fact.outdated-title' and d.lnum == 9 and d.col == 0 then
        return d
      end
    end
    return nil
  end

  if not vim.wait(10000, function() return outdated_title() ~= nil end, 10) then
    return fail('no fact.outdated-title diagnostic on line 10 within 10 s; got '
      .. vim.inspect(vim.diagnostic.get(buf)))
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = { line = 9, character = 2 }, ['end'] = { line = 9, character = 2 } },
    context = { diagnostics = {} },
  }
  local response = client.request_sync('textDocument/codeAction', params, 5000, buf)
  if not response or response.err or not response.result or #response.result ~= 1 then
    return fail('expected one code action, got ' .. vim.inspect(response))
  end
  local action = response.result[1]
  if action.title ~= 'Écrire « L\'ancien commissaire européen »' then
    return fail('unexpected action title ' .. vim.inspect(action.title))
  end
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')

  local line = vim.api.nvim_buf_get_lines(buf, 9, 10, false)[1]
  local expected = "L'ancien commissaire européen Thierry Breton, sanctionné fin décembre"
  if line:sub(1, #expected) ~= expected then
    return fail('line 10 after the fix: ' .. line)
  end
  if not vim.wait(10000, function() return outdated_title() == nil end, 10) then
    return fail('the fixed finding was still reported 10 s after the edit')
  end
  io.stdout:write('nvim LSP test passed\n')
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end

local ok, message = pcall(run)
if not ok then
  fail(tostring(message))
end
