import type { CrosswalkChange } from '../types';

/** Every row where the catalog's crosswalk departs from the reference CSV, and why (release-note text). */
export const CROSSWALK_CHANGES: readonly CrosswalkChange[] = [
  {
    from2022: '1.7',
    before: { to2024: '2.1', relation: 'moved', confidence: 'high', note: 'accept unless valid reason' },
    after: {
      to2024: '2.1',
      relation: 'strengthened',
      confidence: 'high',
      note: 'accept unless valid reason; 2024 adds evidencing the reasoning and considering each complaint on its own merits',
    },
    reason:
      "2022 1.7 only requires a complaint to be accepted unless there is a valid reason. 2024 2.1 keeps that and adds two duties no 2022 provision carries: 'If landlords decide not to accept a complaint they must be able to evidence their reasoning' and 'Each complaint must be considered on its own merits'. A 2022 answer says nothing about either, so the row is strengthened rather than moved.",
  },
  {
    from2022: '1.8',
    before: {
      to2024: '2.2',
      relation: 'moved',
      confidence: 'high',
      note: '2024 adds explicit list of acceptable exclusions',
    },
    after: {
      to2024: '2.2',
      relation: 'strengthened',
      confidence: 'high',
      note: "exclusions: 'should be fair and reasonable' -> 'must be'; 2024 also covers escalation and lists the acceptable exclusions",
    },
    reason:
      "2022 1.8: the circumstances in which a matter will not be considered 'should be fair and reasonable'. 2024 2.2: the circumstances in which a matter will not be considered 'as a complaint or escalated' 'must be fair and reasonable', followed by the list of acceptable exclusions. The fairness test moves from should to must and the scope widens, which the reference row's own note records; that is strengthened, not moved.",
  },
  {
    from2022: '2.2',
    before: {
      to2024: '3.2',
      relation: 'merged',
      confidence: 'low',
      note: 'social media channels folded into raise complaints in any way',
    },
    after: {
      to2024: '3.2',
      relation: 'changed',
      confidence: 'low',
      note: 'social media complaints (should) -> complaints raised in any way, with any member of staff',
    },
    reason:
      "'merged' says the 2022 provision was folded into a 2024 provision together with other 2022 sources, but 2024 3.2 has no other source. The texts overlap only in part: 2022 2.2 (should) expects complaints through social-media channels and asks the policy to set out the steps and how confidentiality is kept; 2024 3.2 (must) lets residents complain in any way and to any member of staff and requires all staff to know the process. That is changed.",
  },
  {
    from2022: '2.6',
    before: {
      to2024: '3.5',
      relation: 'moved',
      confidence: 'medium',
      note: 'publicising the policy and the Code',
    },
    after: {
      to2024: '3.5',
      relation: 'changed',
      confidence: 'medium',
      note: 'publicise policy, Code and Scheme -> policy must explain how it is publicised',
    },
    reason:
      "2022 2.6 requires the landlord to publicise the policy, the Code and the Housing Ombudsman Scheme 'in leaflets, posters, newsletters, online and as part of regular correspondence with residents'. 2024 3.5 requires 'the policy' to 'explain how the landlord will publicise details of the complaints policy, including information about the Ombudsman and this Code'. The duty changes from doing the publicity to describing it in the policy, so a 2022 answer cannot stand for a 2024 one as-is.",
  },
  {
    from2022: '3.1',
    before: {
      to2024: '4.1',
      relation: 'moved',
      confidence: 'high',
      note: 'complaints officer; 2024 adds Ombudsman liaison',
    },
    after: {
      to2024: '4.1',
      relation: 'strengthened',
      confidence: 'high',
      note: 'complaints officer; 2024 adds liaison with the Ombudsman',
    },
    reason:
      "2024 4.1 keeps 2022 3.1's person or team responsible for complaint handling and reporting to the governing body, and adds 'including liaison with the Ombudsman' to that role. The reference row's note records the addition; an added duty makes the row strengthened, not moved.",
  },
  {
    from2022: '4.4',
    before: { to2024: '6.1', relation: 'moved', confidence: 'low', note: 'early resolution' },
    after: {
      to2024: '6.1',
      relation: 'changed',
      confidence: 'medium',
      note: 'resolve at the earliest opportunity (should) -> must have a process to decide which complaints can be answered early',
    },
    reason:
      "2022 4.4 (should): a complaint 'should be resolved at the earliest possible opportunity', having assessed the evidence, the outcome sought and any urgent actions. 2024 6.1 (must): landlords 'must have processes in place to consider which complaints can be responded to as early as possible, and which require further investigation', weighing complexity and vulnerability. A should becomes a must and the duty is recast as a triage process, so 'moved' (carried as-is) overstates the match; the link itself is clear, hence medium rather than low confidence.",
  },
  {
    from2022: '4.18',
    before: { to2024: '5.14', relation: 'moved', confidence: 'high', note: 'unacceptable behaviour policy' },
    after: {
      to2024: '5.14',
      relation: 'strengthened',
      confidence: 'high',
      note: 'unacceptable behaviour policy; 2024 adds evidencing and reviewing restrictions',
    },
    reason:
      "2022 4.18 requires policies and procedures for managing unacceptable behaviour. 2024 5.14 keeps that and adds 'Landlords must be able to evidence reasons for putting any restrictions in place and must keep restrictions under regular review'. Added duties: strengthened, not moved.",
  },
  {
    from2022: '5.2',
    before: {
      to2024: '6.4',
      relation: 'merged',
      confidence: 'medium',
      note: 'stage 1 extension agreed (should)',
    },
    after: {
      to2024: '6.4',
      relation: 'changed',
      confidence: 'medium',
      note: 'stage 1 extension beyond 20 working days agreed by both parties (should) -> landlord decides and informs; no agreement',
    },
    reason:
      "2022 5.2 (should): an extension beyond 20 working days 'should be agreed by both parties'. 2024 6.4: the landlord decides whether an extension is needed and informs the resident; it must be no more than 10 working days without good reason. Agreement is no longer asked for, so the 2022 duty does not live on inside 6.4 as 'merged' implies; the extension rule changed.",
  },
  {
    from2022: '5.8',
    before: {
      to2024: '6.9',
      relation: 'moved',
      confidence: 'high',
      note: 'stage 1 written outcome; 2024 adds complaint definition',
    },
    after: {
      to2024: '6.9',
      relation: 'strengthened',
      confidence: 'high',
      note: 'stage 1 written outcome; 2024 adds the complaint definition',
    },
    reason:
      "2024 6.9's list includes 'b. the complaint definition', which 2022 5.8's list of what the stage one response must confirm does not. The reference row's note records the addition; an added item makes the row strengthened, not moved.",
  },
  {
    from2022: '5.11',
    before: {
      to2024: '6.12',
      relation: 'changed',
      confidence: 'low',
      note: '2024: residents must not be required to explain reasons',
    },
    after: {
      to2024: '6.10',
      relation: 'changed',
      confidence: 'low',
      note: "escalate only after stage one and at the resident's request -> unresolved complaints must progress to stage 2",
    },
    reason:
      "2022 5.11: 'Landlords must only escalate a complaint to stage two once it has completed stage one and at the request of the resident.' 2024 6.12 is a different duty: residents 'must not be required to explain their reasons for requesting a stage 2 consideration'. The sequencing 5.11 governs is in 2024 6.10: 'If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2'. Retargeted to 6.10, still changed and low; 6.12 is a new 2024 duty.",
  },
  {
    from2022: '5.14',
    before: {
      to2024: '6.15',
      relation: 'merged',
      confidence: 'medium',
      note: 'stage 2 extension agreed (should)',
    },
    after: {
      to2024: '6.15',
      relation: 'changed',
      confidence: 'medium',
      note: 'stage 2 extension beyond 10 working days agreed by both parties (should) -> landlord decides and informs; no agreement',
    },
    reason:
      "2022 5.14 (should): an extension beyond 10 working days 'should be agreed by both parties'. 2024 6.15: the landlord decides whether an extension is needed and informs the resident; it must be no more than 20 working days without good reason. Agreement is no longer asked for, so 'merged' misdescribes the row; the extension rule changed.",
  },
  {
    from2022: '3.3',
    before: null,
    after: {
      to2024: '4.3',
      relation: 'split',
      confidence: 'medium',
      note: 'handlers trained to handle complaints -> all relevant staff suitably trained',
    },
    reason:
      "2022 3.3 says complaint handlers should 'be trained to handle complaints and deal with distressed and upset residents'; 2024 4.3 says 'All relevant staff must be suitably trained in the importance of complaint handling'. The reference CSV maps 3.3 only to 4.2 (access and authority), leaving its training limb without a successor.",
  },
  {
    from2022: '5.9',
    before: null,
    after: {
      to2024: '5.11',
      relation: 'split',
      confidence: 'medium',
      note: 'declining to escalate: reasons in writing and the right to the Ombudsman',
    },
    reason:
      "2022 5.9's second sentence: where a landlord declines to escalate a complaint 'it must clearly communicate in writing its reasons for not escalating as well as the resident's right to approach the Ombudsman'. 2024 5.11: landlords must not refuse to escalate without valid reasons, 'must clearly set out these reasons' and 'comply with the provisions set out in section 2' (2.4: explanation and the right to take the decision to the Ombudsman). The reference CSV maps 5.9 only to 6.10, which covers its first sentence.",
  },
  {
    from2022: '5.10',
    before: null,
    after: {
      to2024: '5.6',
      relation: 'merged',
      confidence: 'high',
      note: 'stage 2 understanding of the complaint folded into the complaint definition at both stages',
    },
    reason:
      "2022 5.10: 'On receipt of the escalation request, landlords must set out their understanding of issues outstanding and the outcomes the resident is seeking. If any aspect of the complaint is unclear, the resident must be asked for clarification'. 2024 5.6: 'When a complaint is logged at Stage 1 or escalated to Stage 2, landlords must set out their understanding of the complaint and the outcomes the resident is seeking ... If any aspect of the complaint is unclear, the resident must be asked for clarification.' Near word for word; the reference CSV linked 5.10 only to 6.11 (acknowledge, define and log within five working days).",
  },
  {
    from2022: '7.3',
    before: null,
    after: {
      to2024: '9.6',
      relation: 'split',
      confidence: 'high',
      note: 'governing body lead ensures the governing body receives regular information',
    },
    reason:
      "2022 7.3's second sentence: 'This role will be responsible for ensuring the governing body receives regular information on complaints that provides insight to the governing body on the landlord's complaint handling performance.' 2024 9.6: 'The MRC will be responsible for ensuring the governing body receives regular information on complaints that provides insight on the landlord's complaint handling performance.' The reference CSV maps 7.3 only to 9.5 (appointing the MRC).",
  },
  {
    from2022: '8.3',
    before: null,
    after: {
      to2024: '8.1',
      relation: 'split',
      confidence: 'medium',
      note: 'self-assessment included in the annual report',
    },
    reason:
      "2022 8.3's third limb: a landlord must 'include the self-assessment in their annual report section on complaints handling performance'. 2024 8.1: the annual complaints performance and service improvement report 'must include: a. the annual self-assessment against this Code'. The reference CSV maps 8.3 only to 8.2 (reporting and publishing).",
  },
];
