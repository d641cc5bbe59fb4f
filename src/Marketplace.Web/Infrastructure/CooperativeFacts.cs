using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Infrastructure;

/// <param name="Label">What the fact is ("Response rate").</param>
/// <param name="Value">The fact, or why there is none yet ("not enough data yet").</param>
/// <param name="Rule">How it is worked out, written beside it on the profile so nobody has to guess.</param>
public sealed record CooperativeFact(string Label, string Value, string Brief, string Rule);

/// <summary>
/// A fact about cooperatives that a module shows on their profile and in search results (the inquiries module's
/// response rate), registered by that module (scoped), so Catalogue and Search need not know it exists.
/// </summary>
public interface ICooperativeFacts
{
    Task<IReadOnlyList<CooperativeFact>> ForAsync(int cooperative, CancellationToken cancellationToken);
}

/// <summary>
/// The modules' facts about one cooperative: <c>Component.InvokeAsync("CooperativeFacts", new { cooperative, brief })</c>,
/// as a list with the rules (the profile) or one short line (a search result).
/// </summary>
public sealed class CooperativeFactsViewComponent(IEnumerable<ICooperativeFacts> sources) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int cooperative, bool brief = false)
    {
        var facts = new List<CooperativeFact>();
        foreach (var source in sources)
        {
            facts.AddRange(await source.ForAsync(cooperative, HttpContext.RequestAborted));
        }

        return View(brief ? "~/Views/Shared/Components/CooperativeFacts/Brief.cshtml" : "~/Views/Shared/Components/CooperativeFacts/Default.cshtml", facts);
    }
}
