// What each README screenshot shows; each scene drives the real UI the way a person would.
export const scenes = [
  {
    name: 'shell',
    run: async () => {},
  },
];
