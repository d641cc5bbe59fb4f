using System.Text;
using Marketplace.Localization;

namespace Marketplace.Search.Elasticsearch;

/// <summary>
/// The words of a query as the index holds them: folded like everywhere else on the site, split on anything that is
/// not a letter or digit, stop words dropped. Done here rather than left to the server because each word becomes its
/// own clause (every word must match; only long words tolerate a typo).
/// </summary>
internal static class QueryWords
{
    private static readonly HashSet<string> StopWords = new(SearchStopWords.Words, StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string? phrase)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in VietnameseFolding.Fold(phrase).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            Take(word, words);
        }

        Take(word, words);
        return words;
    }

    private static void Take(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (!StopWords.Contains(text))
        {
            words.Add(text);
        }
    }
}
