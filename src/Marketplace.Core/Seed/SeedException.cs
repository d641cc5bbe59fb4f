namespace Marketplace.Seed;

/// <summary>A recipe file is wrong. Names the file and line so the person who wrote it can fix it; nothing has been written.</summary>
public sealed class SeedException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string Problem { get; } = problem;
}
