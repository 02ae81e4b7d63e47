// Texts for the near-duplicate tests: one wire story, its re-saves and syndications, and a
// different story on the same topic.

/** The body of a wire story about a harbour flood barrier. */
export const wireStory = [
  'Engineers closed the new flood barrier across the harbour mouth on Tuesday night for the first time since it was finished in the spring.',
  'The steel gates, each as tall as a four storey building, swung shut an hour before high tide as a storm surge pushed water up the estuary.',
  'Harbour officials said the water level outside the barrier rose almost two metres above normal while the quays inside stayed dry.',
  'Shopkeepers on the waterfront, who had sandbagged their doors during three floods in the past decade, watched the gates close from the promenade.',
  'The barrier cost the city and the national government a combined four hundred million and took six years to design and build.',
  'Critics had argued that the money would have been better spent on raising the sea walls, but the mayor said the night proved the choice right.',
  'The gates reopened at dawn once the tide had turned and the wind had dropped, and the first fishing boats left the harbour soon afterwards.',
  'Engineers will inspect the hinges and seals over the coming week before the barrier is declared fully operational for the winter season.',
].join('\n');

/** A different story on the same topic (flood defences, the same harbour). */
export const otherStory = [
  'The city council voted on Thursday to raise the sea walls along the northern shore of the harbour by another half metre over five years.',
  'Residents of the low lying streets behind the northern quay have complained for years that the flood barrier protects the centre but not them.',
  'The plan, which includes new pumping stations and a wetland park to soak up storm water, will be paid for by a levy on waterfront property.',
  'Several councillors objected that the levy would fall hardest on small landlords and on the fishing cooperative that owns most of the sheds.',
  'The harbour authority welcomed the decision and said the barrier and the higher walls were designed to work together during the worst storms.',
  'Work on the first section, between the lifeboat station and the old customs house, is expected to begin in the autumn after a public inquiry.',
  'Engineers said the wetland park would also give wading birds a place to feed at low tide, which the existing concrete walls do not offer.',
].join('\n');
