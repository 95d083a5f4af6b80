/** Third-person singular personal pronouns, with the gender they agree with. Data only. */
export const PERSON_PRONOUNS: Readonly<Record<string, "male" | "female">> = {
  he: "male",
  him: "male",
  his: "male",
  himself: "male",
  she: "female",
  her: "female",
  hers: "female",
  herself: "female",
};
