using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.ActOnThread;

/// <summary>
/// The moves that carry only words: a message, asking for a sample or saying it is sent, declining, reporting spam,
/// withdrawing. A message needs its text; a cooperative's decline needs its reason (that is what makes it an answer).
/// </summary>
public sealed class ActOnThreadHandler(MarketplaceDbContext db, InquiryMoves moves)
{
    public static readonly IReadOnlySet<InquiryAction> Actions = new HashSet<InquiryAction>
    {
        InquiryAction.Message, InquiryAction.RequestSample, InquiryAction.SendSample, InquiryAction.Decline, InquiryAction.ReportSpam, InquiryAction.Withdraw,
    };

    public async Task<MoveResult> HandleAsync(int organisationId, string userId, int inquiryId, InquiryAction action, string? text, CancellationToken cancellationToken)
    {
        var side = await db.ThreadOf(organisationId, inquiryId).Select(i => (InquiryParty?)(i.BuyerOrganisationId == organisationId ? InquiryParty.Buyer : InquiryParty.Cooperative)).SingleOrDefaultAsync(cancellationToken);
        if (side is null)
        {
            return new MoveResult(MoveOutcome.NotFound);
        }

        if (!Actions.Contains(action))
        {
            return new MoveResult(MoveOutcome.NotAllowed, MessageKey: "Inquiries.Move.NotAllowed");
        }

        var words = TextNormalizer.Clean(text);
        if (words.Length == 0 && (action == InquiryAction.Message || (action == InquiryAction.Decline && side == InquiryParty.Cooperative)))
        {
            return new MoveResult(MoveOutcome.Invalid, MessageKey: action == InquiryAction.Message ? "Inquiries.Validation.MessageRequired" : "Inquiries.Validation.ReasonRequired", Field: "Text");
        }

        return await moves.ApplyAsync(organisationId, userId, inquiryId, action, words, cancellationToken);
    }
}
