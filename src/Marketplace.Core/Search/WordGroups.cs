namespace Marketplace.Search;

/// <summary>
/// Splits a query's words into groups that must match together: each known compound found in the words (longest
/// first, left to right, never overlapping) is one group; every other word is a group of its own. Both engines use
/// it on their own analysed words, so they agree on what stands together.
/// </summary>
public static class WordGroups
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> words, IEnumerable<IReadOnlyList<string>> compounds)
    {
        var known = compounds.Where(c => c.Count > 1).OrderByDescending(c => c.Count).ToList();
        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < words.Count;)
        {
            var compound = known.FirstOrDefault(c => i + c.Count <= words.Count && Enumerable.Range(0, c.Count).All(k => words[i + k] == c[k]));
            if (compound is null)
            {
                groups.Add([words[i]]);
                i++;
            }
            else
            {
                groups.Add(compound);
                i += compound.Count;
            }
        }

        return groups;
    }
}
