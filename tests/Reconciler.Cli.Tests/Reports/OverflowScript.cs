namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// The page script both browser checks measure with: what is wider than the window, or scrolls inside itself, among
/// the elements a selector picks, written as JSON into <c>#measure</c> for the test to read back from the DOM.
/// </summary>
internal static class OverflowScript
{
    public static string Measure(string selector) => $$"""
          const width = document.documentElement.clientWidth;
          const wide = [];
          for (const el of document.querySelectorAll('{{selector}}')) {
            if (el.id === 'measure') continue;
            const right = el.getBoundingClientRect().right;
            const scrolls = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
            if (right > width + 1 || scrolls) wide.push(el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 80));
          }
          document.getElementById('measure').textContent = JSON.stringify({
            viewport: width, scrollWidth: document.documentElement.scrollWidth,
            height: document.documentElement.scrollHeight, wide: wide.slice(0, 10) });
        """;
}
