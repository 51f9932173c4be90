namespace Reconciler.Cli.Completion;

/// <summary>
/// Shell scripts that ask `reconciler` itself for completions, through the command line's <c>[suggest:N]</c>
/// directive, so no other tool (dotnet-suggest) is needed. Each passes the line after the command name and the
/// cursor's position in it, and offers the lines that come back.
/// </summary>
internal static class CompletionScripts
{
    public static readonly IReadOnlyDictionary<string, string> ByShell = new Dictionary<string, string>
    {
        ["bash"] = """
            # reconciler completion for bash: add `source <(reconciler completion bash)` to ~/.bashrc
            _reconciler_complete() {
                local IFS=$'\n'
                local line="${COMP_LINE:0:COMP_POINT}"
                local rest="${line#"${COMP_WORDS[0]}"}"
                rest="${rest# }"
                local words
                words=$(reconciler "[suggest:${#rest}]" "$rest" 2>/dev/null)
                COMPREPLY=($(compgen -W "$words" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _reconciler_complete reconciler

            """,
        ["zsh"] = """
            # reconciler completion for zsh: add `source <(reconciler completion zsh)` to ~/.zshrc (after compinit)
            _reconciler_complete() {
                local line="${BUFFER[1,CURSOR]}"
                local rest="${line#${words[1]}}"
                rest="${rest# }"
                local -a suggestions
                suggestions=("${(@f)$(reconciler "[suggest:${#rest}]" "$rest" 2>/dev/null)}")
                compadd -- "${suggestions[@]}"
            }
            compdef _reconciler_complete reconciler

            """,
        ["pwsh"] = """
            # reconciler completion for PowerShell: add `reconciler completion pwsh | Out-String | Invoke-Expression` to $PROFILE
            Register-ArgumentCompleter -Native -CommandName reconciler -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $line = $commandAst.ToString().Substring(0, [Math]::Min($commandAst.ToString().Length, $cursorPosition - $commandAst.Extent.StartOffset))
                $rest = $line.Substring([Math]::Min($line.Length, $commandAst.CommandElements[0].ToString().Length)).TrimStart()
                reconciler "[suggest:$($rest.Length)]" "$rest" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }

            """,
    };
}
